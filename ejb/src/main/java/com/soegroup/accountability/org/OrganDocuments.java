package com.soegroup.accountability.org;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.soegroup.accountability.shared.DocxDocument;
import com.soegroup.accountability.shared.PdfPageDecoration;
import com.soegroup.accountability.shared.PdfText;

import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The organisation report (篇二 附件: the department or organ in charge of accountability and its staff) as the
 * office sends it: per organ its name, when and by which document it was set up, the department hosting it, its
 * duties and staff, then the table of members — 序号, 姓名, 在机构中职务, 所在部门及职务, 联系电话, 电子邮箱. The same
 * content as DOCX (to edit and stamp) and PDF. Texts come from the caller's bundle; names, never codes.
 */
final class OrganDocuments {

    private OrganDocuments() {
    }

    static byte[] docx(OrganReport report, Function<String, String> t, LocalDate today) {
        DocxDocument doc = new DocxDocument().title(format(t.apply("organDoc.title"), report.enterpriseName()));
        doc.line(t.apply("organDoc.addressee"));
        doc.paragraph(format(t.apply("organDoc.intro"), report.enterpriseName()));
        int n = 1;
        for (OrganDetail organ : report.organs()) {
            doc.heading(numeral(n++) + "、" + t.apply(organ.kind().bundleKey()));
            if (!organ.exists()) {
                doc.paragraph(t.apply("organDoc.notEntered"));
                continue;
            }
            for (String line : facts(organ, t)) {
                doc.paragraph(line);
            }
            doc.table(header(t), rows(organ, t));
        }
        doc.rightLine(report.enterpriseName());
        doc.rightLine(chineseDate(today));
        return doc.toBytes();
    }

    static byte[] pdf(OrganReport report, Function<String, String> t, BaseFont font, LocalDate today) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 64, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PdfPageDecoration(font, t.apply("organDoc.header"), t.apply("report.page"),
                t.apply("report.pageTotal")));
        Font title = new Font(font, 18, Font.BOLD);
        Font body = new Font(font, 11);
        Font heading = new Font(font, 12, Font.BOLD);
        Font small = new Font(font, 9.5f);
        Font smallBold = new Font(font, 9.5f, Font.BOLD);
        document.open();
        Paragraph head = PdfText.paragraph(format(t.apply("organDoc.title"), report.enterpriseName()), title);
        head.setAlignment(Element.ALIGN_CENTER);
        head.setSpacingAfter(14);
        document.add(head);
        document.add(PdfText.paragraph(t.apply("organDoc.addressee"), body));
        document.add(PdfText.paragraph("　　" + format(t.apply("organDoc.intro"), report.enterpriseName()), body));
        int n = 1;
        for (OrganDetail organ : report.organs()) {
            Paragraph h = PdfText.paragraph(numeral(n++) + "、" + t.apply(organ.kind().bundleKey()), heading);
            h.setSpacingBefore(10);
            document.add(h);
            if (!organ.exists()) {
                document.add(PdfText.paragraph("　　" + t.apply("organDoc.notEntered"), body));
                continue;
            }
            for (String line : facts(organ, t)) {
                document.add(PdfText.paragraph("　　" + line, body));
            }
            List<String> header = header(t);
            PdfPTable table = new PdfPTable(new float[]{0.6f, 1.3f, 1.4f, 2.6f, 1.7f, 2.2f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(6);
            table.setHeaderRows(1);
            for (String text : header) {
                PdfPCell cell = PdfText.cell(text, smallBold);
                cell.setGrayFill(0.92f);
                table.addCell(cell);
            }
            for (List<String> row : rows(organ, t)) {
                row.forEach(text -> table.addCell(PdfText.cell(text, small)));
            }
            document.add(table);
        }
        Paragraph sign = PdfText.paragraph(report.enterpriseName(), body);
        sign.setAlignment(Element.ALIGN_RIGHT);
        sign.setSpacingBefore(24);
        document.add(sign);
        Paragraph date = PdfText.paragraph(chineseDate(today), body);
        date.setAlignment(Element.ALIGN_RIGHT);
        document.add(date);
        document.close();
        return out.toByteArray();
    }

    private static List<String> facts(OrganDetail organ, Function<String, String> t) {
        List<String> lines = new ArrayList<>();
        lines.add(t.apply("organDoc.name") + organ.name());
        if (organ.establishedOn() != null || organ.basis() != null) {
            lines.add(t.apply("organDoc.established") + (organ.establishedOn() == null ? "" : chineseDate(organ.establishedOn()))
                    + (organ.basis() == null ? "" : "（" + organ.basis() + "）"));
        }
        if (organ.hostDepartment() != null) {
            lines.add(t.apply("organDoc.host") + organ.hostDepartment());
        }
        if (organ.staffCount() != null) {
            lines.add(t.apply("organDoc.staff") + organ.staffCount());
        }
        if (organ.duties() != null) {
            lines.add(t.apply("organDoc.duties") + organ.duties());
        }
        return lines;
    }

    private static List<String> header(Function<String, String> t) {
        return List.of(t.apply("organDoc.col.no"), t.apply("organDoc.col.name"), t.apply("organDoc.col.position"),
                t.apply("organDoc.col.department"), t.apply("organDoc.col.phone"), t.apply("organDoc.col.email"));
    }

    private static List<List<String>> rows(OrganDetail organ, Function<String, String> t) {
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (OrganMemberData m : organ.members()) {
            String department = join(m.department(), m.post());
            rows.add(List.of(String.valueOf(i++), m.name(), t.apply(m.position().bundleKey()), department,
                    m.phone() == null ? "" : m.phone(), m.email() == null ? "" : m.email()));
        }
        return rows;
    }

    private static String join(String department, String post) {
        if (department == null) {
            return post == null ? "" : post;
        }
        return post == null ? department : department + " " + post;
    }

    private static String numeral(int n) {
        return "一二三四五六七八九十".substring(n - 1, n);
    }

    static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String format(String pattern, Object... args) {
        return new MessageFormat(pattern).format(args);
    }
}
