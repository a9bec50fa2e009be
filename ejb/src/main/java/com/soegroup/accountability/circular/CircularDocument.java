package com.soegroup.accountability.circular;

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

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * A circular as the official document it is: the issuing enterprise's name as the masthead, the number, the title,
 * the four parts, the publication scope, the issuer and the date (the publication day, or blank with a draft mark
 * before it). The same content as DOCX (what offices edit) and as PDF. Plain Java.
 *
 * @param scope "发布范围：…" once published, else null
 */
record CircularDocument(String circularNo, String issuer, CircularKind kind, CircularParts parts, String scope, LocalDate publishedOn) {

    private static String t(String key, Object... arguments) {
        return CircularAccess.text(key, arguments);
    }

    private boolean draft() {
        return publishedOn == null;
    }

    private String masthead() {
        return issuer + t("doc.kind." + kind.name());
    }

    private List<String[]> sections() {
        return List.of(new String[] {t("doc.part.facts"), parts.facts()}, new String[] {t("doc.part.violation"), parts.violation()},
                new String[] {t("doc.part.handling"), parts.handling()}, new String[] {t("doc.part.lesson"), parts.lesson()});
    }

    private String date() {
        return publishedOn == null ? "    年  月  日"
                : publishedOn.getYear() + "年" + publishedOn.getMonthValue() + "月" + publishedOn.getDayOfMonth() + "日";
    }

    byte[] docx() {
        DocxDocument doc = new DocxDocument().title(masthead()).line(circularNo + (draft() ? "  " + t("doc.draft") : "")).title(parts.title());
        for (String[] section : sections()) {
            doc.heading(section[0]).paragraph(section[1]);
        }
        if (scope != null) {
            doc.line(scope);
        }
        return doc.rightLine(issuer).rightLine(date()).toBytes();
    }

    byte[] pdf(BaseFont font) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 64, 64, 72, 64);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PdfPageDecoration(font, t("doc.header." + kind.name()) + "  " + circularNo
                    + (draft() ? "  " + t("doc.draft") : ""), t("doc.page"), t("doc.pageTotal")));
            Font mast = new Font(font, 22, Font.BOLD, new Color(0xC0, 0x00, 0x00));
            Font title = new Font(font, 18, Font.BOLD);
            Font heading = new Font(font, 12, Font.BOLD);
            Font body = new Font(font, 12);
            document.open();
            Paragraph head = PdfText.paragraph(masthead(), mast);
            head.setAlignment(Element.ALIGN_CENTER);
            document.add(head);
            Paragraph number = PdfText.paragraph(circularNo, body);
            number.setAlignment(Element.ALIGN_CENTER);
            number.setSpacingAfter(18);
            document.add(number);
            Paragraph t = PdfText.paragraph(parts.title(), title);
            t.setAlignment(Element.ALIGN_CENTER);
            t.setSpacingAfter(14);
            document.add(t);
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
            if (scope != null) {
                Paragraph s = PdfText.paragraph(scope, body);
                s.setSpacingBefore(12);
                document.add(s);
            }
            Paragraph signature = PdfText.paragraph(issuer, body);
            signature.setAlignment(Element.ALIGN_RIGHT);
            signature.setSpacingBefore(28);
            document.add(signature);
            Paragraph d = PdfText.paragraph(date(), body);
            d.setAlignment(Element.ALIGN_RIGHT);
            document.add(d);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        document.close();
        return out.toByteArray();
    }
}
