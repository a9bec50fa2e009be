package com.soegroup.accountability.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import com.soegroup.accountability.shared.DocxDocument;
import com.soegroup.accountability.shared.PdfPageDecoration;
import com.soegroup.accountability.shared.PdfText;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A stage of a one-event-one-report as the document sent to SASAC: the title naming the enterprise and the stage,
 * the addressee, the number and deadline, the five parts (and, for a progress report, what changed first), the
 * approval and the signature. The same content as DOCX (what offices edit and stamp) and as PDF.
 *
 * @param enterprise the enterprise's full name
 * @param approval   "审批：…" when approved, else null (the document then says it is a draft)
 * @param sent       "报送：…" when this stage was sent, else null
 */
record IncidentDocument(String reportNo, String enterprise, IncidentKind kind, LocalDate foundOn, LocalDate dueOn,
                        IncidentParts parts, String approval, String sent, LocalDate issued) {

    private static String t(String key, Object... arguments) {
        return IncidentDraft.text(key, arguments);
    }

    String title() {
        return t("doc.title", enterprise, IncidentDraft.name(kind));
    }

    private String meta() {
        return t("doc.meta", reportNo, foundOn.toString(), dueOn == null ? t("doc.noDue") : dueOn.toString());
    }

    /** The headed parts in order: a progress report's changes first. */
    private List<String[]> sections() {
        List<String[]> out = new ArrayList<>();
        if (parts.changes() != null) {
            out.add(new String[] {t("doc.part.changes"), parts.changes()});
        }
        out.add(new String[] {t("doc.part.source"), parts.source()});
        out.add(new String[] {t("doc.part.description"), parts.description()});
        out.add(new String[] {t("doc.part.impact"), parts.impact()});
        out.add(new String[] {t("doc.part.causes"), parts.causes()});
        out.add(new String[] {t("doc.part.measures"), parts.measures()});
        return out;
    }

    private String date() {
        return issued.getYear() + "年" + issued.getMonthValue() + "月" + issued.getDayOfMonth() + "日";
    }

    byte[] docx() {
        DocxDocument doc = new DocxDocument().title(title()).line(t("doc.to")).line(meta());
        if (approval == null) {
            doc.line(t("doc.draft"));
        }
        for (String[] section : sections()) {
            doc.heading(section[0]).paragraph(section[1]);
        }
        if (approval != null) {
            doc.line(approval);
        }
        if (sent != null) {
            doc.line(sent);
        }
        return doc.rightLine(enterprise).rightLine(date()).toBytes();
    }

    byte[] pdf(BaseFont font) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 64, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PdfPageDecoration(font, t("doc.header") + "  " + reportNo + (approval == null ? "  " + t("doc.draft") : ""),
                    t("doc.page"), t("doc.pageTotal")));
            Font titleFont = new Font(font, 18, Font.BOLD);
            Font heading = new Font(font, 12, Font.BOLD);
            Font body = new Font(font, 10.5f);
            document.open();
            Paragraph title = PdfText.paragraph(title(), titleFont);
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(14);
            document.add(title);
            document.add(PdfText.paragraph(t("doc.to"), body));
            document.add(PdfText.paragraph(meta(), body));
            for (String[] section : sections()) {
                Paragraph h = PdfText.paragraph(section[0], heading);
                h.setSpacingBefore(10);
                document.add(h);
                for (String line : section[1].split("\\R")) {
                    Paragraph p = PdfText.paragraph(line.strip(), body);
                    p.setFirstLineIndent(body.getSize() * 2);
                    document.add(p);
                }
            }
            if (approval != null) {
                document.add(PdfText.paragraph(approval, body));
            }
            if (sent != null) {
                document.add(PdfText.paragraph(sent, body));
            }
            Paragraph signature = PdfText.paragraph(enterprise, body);
            signature.setAlignment(Element.ALIGN_RIGHT);
            signature.setSpacingBefore(28);
            document.add(signature);
            Paragraph date = PdfText.paragraph(date(), body);
            date.setAlignment(Element.ALIGN_RIGHT);
            document.add(date);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        document.close();
        return out.toByteArray();
    }
}
