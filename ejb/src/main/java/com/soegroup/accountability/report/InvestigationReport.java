package com.soegroup.accountability.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.soegroup.accountability.investigation.CaseFindings;
import com.soegroup.accountability.investigation.CaseMember;
import com.soegroup.accountability.investigation.CaseSubject;
import com.soegroup.accountability.investigation.EvaluationDetail;
import com.soegroup.accountability.investigation.FindingDetail;
import com.soegroup.accountability.investigation.InvestigationDetail;
import com.soegroup.accountability.investigation.InvestigationStatus;
import com.soegroup.accountability.investigation.JurisdictionProposal;
import com.soegroup.accountability.investigation.Recusal;
import com.soegroup.accountability.loss.LossDeterminationDetail;
import com.soegroup.accountability.loss.LossEvidence;
import com.soegroup.accountability.loss.LossItemDetail;
import com.soegroup.accountability.loss.LossSummary;
import com.soegroup.accountability.rule.set.Circumstance;
import com.soegroup.accountability.shared.PdfPageDecoration;
import com.soegroup.accountability.shared.PdfText;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The investigation report (财产损失情况调查报告) as a PDF, drafted from the case data: basic facts, subjects and
 * team, loss items and level with their article, responsibility per person with aggravation and fault tolerance,
 * proposed handling and jurisdiction. The case number and the page number are on every page; the Chinese font
 * is embedded. Plain Java: the data comes in, bytes go out.
 */
public final class InvestigationReport {

    private InvestigationReport() {
    }

    /**
     * @param proposedHandling the drafters' proposed handling (null: not written yet)
     * @param rectification    the drafters' rectification proposals, 整改建议 (null: not written yet)
     * @param issued           the date under the signature block
     * @param enterpriseName   an enterprise's name by its code (the code when it has none)
     * @param personName       a person's name by their sign-in name
     */
    public static byte[] render(InvestigationDetail detail, LossSummary loss, CaseFindings findings,
                                String proposedHandling, String rectification, LocalDate issued, Function<String, String> t,
                                BaseFont font, Function<String, String> enterpriseName, Function<String, String> personName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 64, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        String caseNo = detail.summary().caseNo();
        boolean approved = detail.summary().status().ordinal()
                >= InvestigationStatus.REPORT_APPROVED.ordinal();
        writer.setPageEvent(new PdfPageDecoration(font, t.apply("report.header") + "  " + caseNo
                + (approved ? "" : "  " + t.apply("report.draft")), t.apply("report.page"), t.apply("report.pageTotal")));
        Font title = new Font(font, 18, Font.BOLD);
        Font heading = new Font(font, 12, Font.BOLD);
        Font body = new Font(font, 10.5f);
        Font small = new Font(font, 9);
        document.open();
        Paragraph head = PdfText.paragraph(t.apply("investigationReport.title"), title);
        head.setAlignment(Element.ALIGN_CENTER);
        head.setSpacingAfter(6);
        document.add(head);
        Paragraph sub = PdfText.paragraph(caseNo + "　" + detail.summary().title(), body);
        sub.setAlignment(Element.ALIGN_CENTER);
        sub.setSpacingAfter(14);
        document.add(sub);

        section(document, t.apply("report.section.basic"), heading);
        line(document, t.apply("report.unit"), detail.summary().ownerName() == null
                ? enterpriseName.apply(detail.summary().owner()) : detail.summary().ownerName(), body);
        line(document, t.apply("report.lossEnterprise"), enterpriseName.apply(detail.summary().lossEnterprise()), body);
        line(document, t.apply("report.opened"), String.valueOf(detail.summary().openedOn()), body);
        line(document, t.apply("report.status"), t.apply(detail.summary().status().bundleKey()), body);
        line(document, t.apply("report.clues"), String.join("、", detail.clues()), body);
        line(document, t.apply("report.plan"), detail.plan(), body);
        StringBuilder team = new StringBuilder();
        for (CaseMember m : detail.team()) {
            if (m.recusal() != Recusal.CONFLICT) {
                team.append(team.length() == 0 ? "" : "；").append(m.name()).append("（").append(m.department()).append("，")
                        .append(t.apply("TeamRole." + m.role().name())).append("）");
            }
        }
        line(document, t.apply("report.team"), team.length() == 0 ? "—" : team.toString(), body);

        section(document, t.apply("report.section.subjects"), heading);
        for (CaseSubject s : detail.subjects()) {
            document.add(PdfText.paragraph("· " + s.name() + "（" + s.employeeNo() + "，" + enterpriseName.apply(s.enterprise()) + "，"
                    + (s.post() == null ? "" : s.post()) + (s.enterpriseHead() ? "，" + t.apply("report.enterpriseHead") : "") + "）", body));
        }

        section(document, t.apply("report.section.loss"), heading);
        PdfPTable items = new PdfPTable(new float[]{2.4f, 1.0f, 1.3f, 1.5f, 1.3f, 3.3f});
        items.setWidthPercentage(100);
        items.setHeaderRows(1); // a table that runs over a page break keeps its column names
        for (String h : List.of("report.item.description", "report.item.kind", "report.item.contingent", "report.item.amount",
                "report.item.recovered", "report.item.evidence")) {
            cell(items, t.apply(h), small, true);
        }
        for (LossItemDetail i : loss.items()) {
            cell(items, i.description(), small, false);
            cell(items, t.apply("LossKind." + i.kind().name()), small, false);
            cell(items, i.contingent() ? t.apply(i.counted() ? "report.item.assessed" : "report.item.notAssessed") : "—", small, false);
            amount(items, money(i.amount()), small);
            amount(items, money(i.recoveredAmount()), small);
            StringBuilder evidence = new StringBuilder(t.apply(i.basis().bundleKey()) + "：" + i.evidenceReference());
            for (LossEvidence f : loss.evidenceOf(i)) {
                evidence.append("\n· ").append(f.fileName()).append("（").append(f.documentReference()).append("）")
                        .append(f.withdrawn() ? t.apply("investigation.evidence.withdrawn") : "");
            }
            cell(items, evidence.toString(), small, false);
        }
        document.add(items);
        line(document, t.apply("report.loss.counted"), money(loss.totals().counted()) + " " + t.apply("report.yuan")
                + "（" + wan(loss.totals().counted()) + " " + t.apply("report.wan") + "）", body);
        line(document, t.apply("report.loss.recovered"), money(loss.totals().recovered()) + " " + t.apply("report.yuan"), body);
        LossDeterminationDetail d = loss.determination();
        if (d != null && d.level() != null) {
            line(document, t.apply("report.loss.level"), t.apply("LossLevel." + d.level().name())
                    + (d.assetsMissing() ? "（" + t.apply("report.assetsMissing") + "）" : ""), body);
            line(document, t.apply("report.loss.basis"), d.ruleSetUsed() + "，" + d.determinationDate() + "；" + d.articles(), body);
            if (d.incidentReportSince() != null) {
                line(document, t.apply("report.loss.incident"), String.valueOf(d.incidentReportSince()), body);
            }
        } else {
            line(document, t.apply("report.loss.level"), t.apply("report.loss.none"), body);
        }

        section(document, t.apply("report.section.findings"), heading);
        for (FindingDetail f : findings.subjects()) {
            document.add(PdfText.paragraph(f.name() + "：" + (f.responsibility() == null ? t.apply("report.finding.none")
                    : t.apply("Responsibility." + f.responsibility().name())), new Font(font, 10.5f, Font.BOLD)));
            if (f.responsibility() != null) {
                line(document, t.apply("report.finding.facts"), f.facts(), body);
                line(document, t.apply("report.finding.evidence"), f.evidence(), body);
                if (!f.violations().isEmpty()) {
                    // the regulations' own words: "违反《实施办法》第十二条第（三）项（…）"
                    line(document, t.apply("report.finding.violations"), String.join("；",
                            f.violations().stream().map(Circumstance::citation).toList()), body);
                }
                if (!f.circumstances().isEmpty()) {
                    line(document, t.apply("report.finding.circumstances"), String.join("；",
                            f.circumstances().stream().map(c -> t.apply(c.bundleKey())).toList()), body);
                }
                if (!f.aggravating().isEmpty()) {
                    line(document, t.apply("report.finding.aggravating"), String.join("；",
                            f.aggravating().stream().map(a -> t.apply("Aggravating." + a.name())).toList())
                            + "（" + f.aggravatingReason() + "）", body);
                }
            }
            if (f.evaluation() != null) {
                EvaluationDetail e = f.evaluation();
                String text = t.apply("Outcome." + e.outcome().name())
                        + (e.exclusions().isEmpty() ? "" : "；" + t.apply("report.ft.exclusions") + String.join("、",
                        e.exclusions().stream().map(x -> t.apply("Exclusion." + x.name())).toList()))
                        + (e.conditions().isEmpty() ? "" : "；" + t.apply("report.ft.conditions") + String.join("、",
                        e.conditions().stream().map(x -> t.apply("MitigatingCondition." + x.name())).toList()))
                        + "；" + (e.approvedBy() == null ? t.apply("report.ft.pending") : t.apply("report.ft.approved") + " " + personName.apply(e.approvedBy()));
                line(document, t.apply("report.ft"), text, body);
            }
        }

        section(document, t.apply("report.section.handling"), heading);
        JurisdictionProposal j = findings.jurisdiction();
        line(document, t.apply("report.jurisdiction"), enterpriseName.apply(j.proposedUnit()) + "（" + t.apply(j.basisKey()) + "）", body);
        text(document, proposedHandling, t.apply("report.text.missing"), body);

        section(document, t.apply("report.section.rectification"), heading);
        text(document, rectification, t.apply("report.text.missing"), body);

        // the signature block of a Chinese report: the handling unit and the date, flush right
        Paragraph signature = PdfText.paragraph(detail.summary().ownerName(), body);
        signature.setAlignment(Element.ALIGN_RIGHT);
        signature.setSpacingBefore(28);
        document.add(signature);
        Paragraph date = PdfText.paragraph(issued.getYear() + "年" + issued.getMonthValue() + "月" + issued.getDayOfMonth() + "日", body);
        date.setAlignment(Element.ALIGN_RIGHT);
        document.add(date);
        document.close();
        return out.toByteArray();
    }

    private static void section(Document document, String text, Font font) {
        Paragraph p = PdfText.paragraph(text, font);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        document.add(p);
    }

    /** The drafters' text, a paragraph per line, indented by two characters as Chinese documents are. */
    private static void text(Document document, String text, String missing, Font font) {
        if (text == null || text.isBlank()) {
            document.add(PdfText.paragraph(missing, font));
            return;
        }
        for (String para : text.split("\n")) {
            if (!para.isBlank()) {
                Paragraph p = PdfText.paragraph(para.strip(), font);
                p.setFirstLineIndent(font.getSize() * 2);
                p.setSpacingAfter(2);
                document.add(p);
            }
        }
    }

    private static void line(Document document, String label, String value, Font font) {
        Paragraph p = PdfText.paragraph(label + "：" + (value == null || value.isBlank() ? "—" : value), font);
        p.setSpacingAfter(2);
        document.add(p);
    }

    private static void cell(PdfPTable table, String text, Font font, boolean header) {
        table.addCell(cell(text, font, header));
    }

    /** Money reads down its column by the decimal point. */
    private static void amount(PdfPTable table, String text, Font font) {
        PdfPCell cell = cell(text, font, false);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(cell);
    }

    private static PdfPCell cell(String text, Font font, boolean header) {
        PdfPCell cell = PdfText.cell(text, font);
        cell.setPadding(3);
        cell.setPaddingBottom(4);
        if (header) {
            cell.setGrayFill(0.9f);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        }
        return cell;
    }

    static String money(BigDecimal amount) {
        return amount == null ? "—" : String.format(Locale.ROOT, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }

    static String wan(BigDecimal amount) {
        return amount.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP).toPlainString();
    }
}
