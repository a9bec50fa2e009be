package com.soegroup.accountability.ruleset;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.soegroup.accountability.rule.effect.EffectPeriod;
import com.soegroup.accountability.rule.level.LossLevelTier;
import com.soegroup.accountability.rule.sanction.PercentRange;
import com.soegroup.accountability.rule.sanction.SanctionRow;
import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.shared.DocxDocument;
import com.soegroup.accountability.shared.PdfPageDecoration;
import com.soegroup.accountability.shared.PdfText;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The filing package of a rule set (M§40): the set as a person reads it — its header, the loss-level standards, the
 * sanction matrix, the influence periods and the other articles, each with the article it comes from — and its
 * filings so far. One content, written as DOCX (to edit and stamp) and as PDF. Every code is its words.
 */
final class RuleSetDocument {

    /** A piece of the document: a heading, a paragraph, or a table. */
    private sealed interface Block permits Heading, Text, Grid {
    }

    private record Heading(String text) implements Block {
    }

    private record Text(String text) implements Block {
    }

    private record Grid(List<String> header, List<List<String>> rows, float[] widths) implements Block {
    }

    private RuleSetDocument() {
    }

    static byte[] docx(RuleSet set, int version, List<RuleSetFilingSummary> filings, Function<String, String> t,
                       LocalDate today) {
        DocxDocument doc = new DocxDocument().title(set.title());
        doc.line(format(t.apply("ruleSetDoc.subtitle"), set.issuer()));
        for (Block block : blocks(set, version, filings, t)) {
            if (block instanceof Heading h) {
                doc.heading(h.text());
            } else if (block instanceof Text p) {
                doc.paragraph(p.text());
            } else if (block instanceof Grid g) {
                doc.table(g.header(), g.rows());
            }
        }
        doc.rightLine(set.issuer());
        doc.rightLine(chineseDate(today));
        return doc.toBytes();
    }

    static byte[] pdf(RuleSet set, int version, List<RuleSetFilingSummary> filings, Function<String, String> t,
                      BaseFont font, LocalDate today) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 64, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PdfPageDecoration(font, t.apply("ruleSetDoc.header") + "  " + set.title(),
                t.apply("report.page"), t.apply("report.pageTotal")));
        Font title = new Font(font, 18, Font.BOLD);
        Font body = new Font(font, 11);
        Font heading = new Font(font, 12, Font.BOLD);
        Font small = new Font(font, 9f);
        Font smallBold = new Font(font, 9f, Font.BOLD);
        document.open();
        Paragraph head = PdfText.paragraph(set.title(), title);
        head.setAlignment(Element.ALIGN_CENTER);
        document.add(head);
        Paragraph sub = PdfText.paragraph(format(t.apply("ruleSetDoc.subtitle"), set.issuer()), body);
        sub.setAlignment(Element.ALIGN_CENTER);
        sub.setSpacingAfter(12);
        document.add(sub);
        for (Block block : blocks(set, version, filings, t)) {
            if (block instanceof Heading h) {
                Paragraph p = PdfText.paragraph(h.text(), heading);
                p.setSpacingBefore(10);
                document.add(p);
            } else if (block instanceof Text p) {
                document.add(PdfText.paragraph("　　" + p.text(), body));
            } else if (block instanceof Grid g) {
                PdfPTable table = new PdfPTable(g.widths());
                table.setWidthPercentage(100);
                table.setSpacingBefore(6);
                table.setHeaderRows(1);
                for (String text : g.header()) {
                    PdfPCell cell = PdfText.cell(text, smallBold);
                    cell.setGrayFill(0.92f);
                    table.addCell(cell);
                }
                g.rows().forEach(row -> row.forEach(text -> table.addCell(PdfText.cell(text, small))));
                document.add(table);
            }
        }
        Paragraph sign = PdfText.paragraph(set.issuer(), body);
        sign.setAlignment(Element.ALIGN_RIGHT);
        sign.setSpacingBefore(24);
        document.add(sign);
        Paragraph date = PdfText.paragraph(chineseDate(today), body);
        date.setAlignment(Element.ALIGN_RIGHT);
        document.add(date);
        document.close();
        return out.toByteArray();
    }

    private static List<Block> blocks(RuleSet set, int version, List<RuleSetFilingSummary> filings,
                                      Function<String, String> t) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(t.apply("ruleSetDoc.section.basic")));
        blocks.add(new Text(t.apply("ruleSetDoc.issuer") + set.issuer()));
        blocks.add(new Text(t.apply("ruleSetDoc.effectiveFrom") + chineseDate(set.effectiveFrom())));
        blocks.add(new Text(t.apply("ruleSetDoc.status") + t.apply(set.status().bundleKey())
                + (set.tablesReviewed() ? "" : "（" + t.apply("calculator.notReviewed") + "）")));
        blocks.add(new Text(format(t.apply("ruleSetDoc.version"), version)));

        blocks.add(new Heading(t.apply("ruleSetDoc.section.levels")));
        List<List<String>> tiers = new ArrayList<>();
        for (LossLevelTier tier : set.lossLevels()) {
            tiers.add(List.of(t.apply(tier.level().bundleKey()), money(tier.amountFrom()),
                    tier.shareFrom() == null ? "—" : percent(tier.shareFrom().multiply(BigDecimal.valueOf(100))),
                    nonNull(tier.article())));
        }
        blocks.add(new Grid(List.of(t.apply("ruleSetDoc.col.level"), t.apply("ruleSetDoc.col.amountFrom"),
                t.apply("ruleSetDoc.col.shareFrom"), t.apply("ruleSetDoc.col.article")), tiers, new float[]{2, 2, 2, 2}));

        blocks.add(new Heading(t.apply("ruleSetDoc.section.sanctions")));
        List<List<String>> rows = new ArrayList<>();
        for (SanctionRow row : set.sanctions()) {
            rows.add(List.of(t.apply(row.level().bundleKey()),
                    row.responsibilities().stream().map(r -> t.apply(r.bundleKey())).sorted().collect(Collectors.joining("、")),
                    row.measures().isEmpty() ? "—" : row.measures().stream().map(m -> t.apply(m.bundleKey())).collect(Collectors.joining("、")),
                    range(row.performanceSalaryPercent()), range(row.termIncentivePercent()), others(row, t),
                    nonNull(row.article())));
        }
        blocks.add(new Grid(List.of(t.apply("ruleSetDoc.col.level"), t.apply("ruleSetDoc.col.responsibility"),
                t.apply("ruleSetDoc.col.measures"), t.apply("ruleSetDoc.col.performance"), t.apply("ruleSetDoc.col.term"),
                t.apply("ruleSetDoc.col.others"), t.apply("ruleSetDoc.col.article")), rows,
                new float[]{1.4f, 1.4f, 2.6f, 1.2f, 1.2f, 2.2f, 1.2f}));

        blocks.add(new Heading(t.apply("ruleSetDoc.section.effects")));
        List<List<String>> effects = new ArrayList<>();
        for (EffectPeriod e : set.effects()) {
            effects.add(List.of(t.apply(e.measure().bundleKey()), t.apply(e.kind().bundleKey()), period(e.period(), t),
                    nonNull(e.article())));
        }
        blocks.add(new Grid(List.of(t.apply("ruleSetDoc.col.measure"), t.apply("ruleSetDoc.col.restriction"),
                t.apply("ruleSetDoc.col.period"), t.apply("ruleSetDoc.col.article")), effects, new float[]{2, 3, 2, 1.5f}));

        blocks.add(new Heading(t.apply("ruleSetDoc.section.other")));
        blocks.add(new Text(format(t.apply("ruleSetDoc.ban"), set.ban().minimumYears(), nonNull(set.ban().article()))));
        blocks.add(new Text(format(t.apply("ruleSetDoc.clawBack"), set.clawBack().termIncentiveYears(),
                nonNull(set.clawBack().termIncentiveArticle()))));
        blocks.add(new Text(format(t.apply("ruleSetDoc.aggravation"), set.articles().aggravation())));
        blocks.add(new Text(format(t.apply("ruleSetDoc.faultTolerance"), set.articles().faultTolerance())));
        blocks.add(new Text(format(t.apply("ruleSetDoc.overlap"), set.articles().disciplinaryOverlap())));

        blocks.add(new Heading(t.apply("ruleSetDoc.section.filings")));
        if (filings.isEmpty()) {
            blocks.add(new Text(t.apply("ruleSetDoc.notFiled")));
        } else {
            List<List<String>> filed = new ArrayList<>();
            for (RuleSetFilingSummary f : filings) {
                filed.add(List.of(chineseDate(f.filedOn()), f.reference(), f.filedWith(), String.valueOf(f.ruleSetVersion()),
                        nonNull(f.note())));
            }
            blocks.add(new Grid(List.of(t.apply("ruleSetDoc.col.filedOn"), t.apply("ruleSetDoc.col.reference"),
                    t.apply("ruleSetDoc.col.filedWith"), t.apply("ruleSetDoc.col.version"), t.apply("ruleSetDoc.col.note")),
                    filed, new float[]{1.6f, 2, 2, 1, 2}));
        }
        return blocks;
    }

    private static String others(SanctionRow row, Function<String, String> t) {
        List<String> parts = new ArrayList<>();
        if (row.deferPerformanceSalary()) {
            parts.add(t.apply("ruleSetPage.defer"));
        }
        if (row.endUnexercisedRights()) {
            parts.add(t.apply("ruleSetPage.endRights"));
        }
        if (row.handBackYears() != null) {
            parts.add(format(t.apply("ruleSetDoc.handBack"), row.handBackYears()));
        }
        if (row.incentiveBarPermanent()) {
            parts.add(t.apply("ruleSetDoc.barPermanent"));
        } else if (row.incentiveBarYears() != null) {
            parts.add(format(t.apply("ruleSetDoc.bar"), row.incentiveBarYears()));
        }
        return parts.isEmpty() ? "—" : String.join("；", parts);
    }

    private static String period(Period period, Function<String, String> t) {
        if (period == null) {
            return t.apply("ruleSetPage.period.ban");
        }
        StringBuilder text = new StringBuilder();
        if (period.getYears() != 0) {
            text.append(format(t.apply("period.years"), period.getYears()));
        }
        if (period.getMonths() != 0) {
            text.append(format(t.apply("period.months"), period.getMonths()));
        }
        if (period.getDays() != 0) {
            text.append(format(t.apply("period.days"), period.getDays()));
        }
        return text.toString();
    }

    private static String range(PercentRange range) {
        if (range == null) {
            return "—";
        }
        return range.min().compareTo(range.max()) == 0 ? percent(range.min()) : percent(range.min()) + "–" + percent(range.max());
    }

    private static String money(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }

    private static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String format(String pattern, Object... args) {
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
