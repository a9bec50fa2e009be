package com.soegroup.accountability.decision;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.set.Circumstance;
import com.soegroup.accountability.shared.DocxDocument;
import com.soegroup.accountability.shared.PdfPageDecoration;
import com.soegroup.accountability.shared.PdfText;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The papers of a decision: the handling decision (处理决定书) to serve on the person (PDF, and DOCX for the office to
 * edit), and the pay instruction (扣减薪酬通知) for HR as PDF and as a worksheet. The decision number is on every page, the Chinese font is
 * embedded. The pay instruction carries no case facts: HR reads amounts, not the case. Plain Java: views in,
 * bytes out.
 */
public final class DecisionDocuments {

    private DecisionDocuments() {
    }

    /** A block of the handling decision: the addressee, a section heading, a body paragraph (indented). */
    private enum Part { ADDRESSEE, HEADING, BODY }

    private record Block(Part part, String text) {
    }

    public static byte[] decision(DecisionDetail d, Function<String, String> t, BaseFont font) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 64, 64, 72, 64);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PdfPageDecoration(font, header(d, t), t.apply("report.page"), t.apply("report.pageTotal")));
        Font title = new Font(font, 20, Font.BOLD);
        Font body = new Font(font, 12);
        Font heading = new Font(font, 12, Font.BOLD);
        document.open();
        Paragraph issuer = PdfText.paragraph(d.ownerName(), new Font(font, 16, Font.BOLD));
        issuer.setAlignment(Element.ALIGN_CENTER);
        document.add(issuer);
        Paragraph head = PdfText.paragraph(t.apply("decisionDoc.title"), title);
        head.setAlignment(Element.ALIGN_CENTER);
        head.setSpacingBefore(6);
        document.add(head);
        Paragraph number = PdfText.paragraph(d.decisionNo(), body);
        number.setAlignment(Element.ALIGN_CENTER);
        number.setSpacingAfter(18);
        document.add(number);
        for (Block block : blocks(d, t)) {
            paragraph(document, block.part() == Part.BODY ? "　　" + block.text() : block.text(), block.part() == Part.BODY ? body : heading);
        }
        Paragraph sign = PdfText.paragraph(d.ownerName(), body);
        sign.setAlignment(Element.ALIGN_RIGHT);
        sign.setSpacingBefore(36);
        document.add(sign);
        Paragraph date = PdfText.paragraph(signedOn(d, t), body);
        date.setAlignment(Element.ALIGN_RIGHT);
        document.add(date);
        document.close();
        return out.toByteArray();
    }

    /**
     * The handling decision as a Word document laid out as an official document, for the office to edit and stamp:
     * the same blocks as the PDF, the draft mark in the number line while it is only proposed.
     */
    public static byte[] decisionDocx(DecisionDetail d, Function<String, String> t) {
        DocxDocument doc = new DocxDocument().title(d.ownerName() + t.apply("decisionDoc.title")).line(header(d, t));
        for (Block block : blocks(d, t)) {
            switch (block.part()) {
                case ADDRESSEE -> doc.line(block.text());
                case HEADING -> doc.heading(block.text());
                case BODY -> doc.paragraph(block.text());
            }
        }
        return doc.rightLine(d.ownerName()).rightLine(signedOn(d, t)).toBytes();
    }

    private static String header(DecisionDetail d, Function<String, String> t) {
        boolean draft = d.status() == DecisionStatus.PROPOSED;
        return t.apply("decisionDoc.header") + "  " + d.decisionNo() + (draft ? "  " + t.apply("report.draft") : "");
    }

    private static String signedOn(DecisionDetail d, Function<String, String> t) {
        return d.servedOn() == null ? t.apply("decisionDoc.dateBlank") : chineseDate(d.servedOn());
    }

    /** The body of the handling decision, from the addressee to the appeal, as both documents print it. */
    private static List<Block> blocks(DecisionDetail d, Function<String, String> t) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(Part.ADDRESSEE, d.name() + "（" + t.apply("decisionDoc.employeeNo") + d.employeeNo() + "，" + d.enterpriseName() + "）："));
        blocks.add(new Block(Part.BODY, format(t.apply("decisionDoc.intro"), d.caseNo())));
        blocks.add(new Block(Part.HEADING, t.apply("decisionDoc.section.facts")));
        blocks.add(new Block(Part.BODY, d.facts()));
        blocks.add(new Block(Part.HEADING, t.apply("decisionDoc.section.finding")));
        blocks.add(new Block(Part.BODY, format(t.apply("decisionDoc.finding"), t.apply(d.level().bundleKey()),
                t.apply(d.responsibility().bundleKey()))));
        if (!d.violations().isEmpty()) {
            // inherited from the finding of the person: "违反《实施办法》第十二条第（三）项（…）"
            blocks.add(new Block(Part.BODY, format(t.apply("decisionDoc.violations"),
                    String.join("；", d.violations().stream().map(Circumstance::citation).toList()))));
        }
        if (!d.exemptions().isEmpty()) {
            blocks.add(new Block(Part.BODY, format(t.apply("decisionDoc.exemptions"), String.join("；", d.exemptions()))));
        }
        blocks.add(new Block(Part.HEADING, t.apply("decisionDoc.section.decision")));
        List<String> items = new ArrayList<>();
        for (Measure measure : d.terms().measures()) {
            String text = t.apply(measure.bundleKey());
            if (measure == Measure.BAN) {
                text += d.terms().banLifetime() ? t.apply("decisionDoc.banLife")
                        : format(t.apply("decisionDoc.banYears"), d.terms().banYears());
            }
            items.add(text + "；");
        }
        if (d.terms().performanceSalaryPercent() != null && d.terms().performanceSalaryPercent().signum() > 0) {
            items.add(format(t.apply("decisionDoc.performance"), percent(d.terms().performanceSalaryPercent())));
        }
        if (d.terms().termIncentivePercent() != null && d.terms().termIncentivePercent().signum() > 0) {
            items.add(format(t.apply("decisionDoc.term"), percent(d.terms().termIncentivePercent())));
        }
        if (d.terms().deferPerformanceSalary()) {
            items.add(t.apply("decisionDoc.defer"));
        }
        if (d.terms().endUnexercisedRights()) {
            items.add(t.apply("decisionDoc.endRights"));
        }
        if (d.terms().handBackYears() != null) {
            items.add(format(t.apply("decisionDoc.handBack"), d.terms().handBackYears()));
        }
        if (d.terms().incentiveBarPermanent()) {
            items.add(t.apply("decisionDoc.barPermanent"));
        } else if (d.terms().incentiveBarYears() != null) {
            items.add(format(t.apply("decisionDoc.bar"), d.terms().incentiveBarYears()));
        }
        for (int i = 0; i < items.size(); i++) {
            blocks.add(new Block(Part.BODY, (i + 1) + ". " + items.get(i)));
        }
        if (items.isEmpty()) {
            blocks.add(new Block(Part.BODY, t.apply("decisionDoc.none")));
        }
        blocks.add(new Block(Part.BODY, format(t.apply("decisionDoc.basis"), d.legalBasis())));
        if (d.replacesNo() != null) {
            blocks.add(new Block(Part.BODY, format(t.apply("decisionDoc.replaces"), d.replacesNo())));
        }
        blocks.add(new Block(Part.HEADING, t.apply("decisionDoc.section.appeal")));
        blocks.add(new Block(Part.BODY, t.apply("decisionDoc.appeal")));
        return blocks;
    }

    public static byte[] payInstructionPdf(DecisionPay p, Function<String, String> t, BaseFont font) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 64, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PdfPageDecoration(font, t.apply("payInstruction.header") + "  " + p.decisionNo(),
                t.apply("report.page"), t.apply("report.pageTotal")));
        Font title = new Font(font, 18, Font.BOLD);
        Font body = new Font(font, 10.5f);
        Font bold = new Font(font, 10.5f, Font.BOLD);
        document.open();
        Paragraph head = PdfText.paragraph(t.apply("payInstruction.title"), title);
        head.setAlignment(Element.ALIGN_CENTER);
        head.setSpacingAfter(14);
        document.add(head);
        PdfPTable table = new PdfPTable(new float[] {2.2f, 3f});
        table.setWidthPercentage(100);
        for (Map.Entry<String, String> row : rows(p, t).entrySet()) {
            cell(table, row.getKey(), bold, true);
            cell(table, row.getValue(), body, false);
        }
        document.add(table);
        if (!p.deductions().isEmpty()) {
            Paragraph others = PdfText.paragraph(t.apply("payInstruction.others"), bold);
            others.setSpacingBefore(10);
            others.setSpacingAfter(4);
            document.add(others);
            PdfPTable list = new PdfPTable(new float[] {2f, 2f, 3f});
            list.setWidthPercentage(100);
            cell(list, t.apply("payInstruction.source"), bold, true);
            cell(list, t.apply("payInstruction.amount"), bold, true);
            cell(list, t.apply("payInstruction.reference"), bold, true);
            for (DeductionLine deduction : p.deductions()) {
                cell(list, t.apply(deduction.source().bundleKey()), body, false);
                cell(list, money(deduction.amount()), body, false);
                cell(list, deduction.reference(), body, false);
            }
            document.add(list);
        }
        Paragraph note = PdfText.paragraph(t.apply("payInstruction.note"), body);
        note.setSpacingBefore(12);
        document.add(note);
        document.close();
        return out.toByteArray();
    }

    /** The same instruction as a worksheet: amounts as numbers, dates as dates, for HR's payroll. */
    public static byte[] payInstructionXlsx(DecisionPay p, Function<String, String> t) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(t.apply("payInstruction.title"));
            CellStyle moneyStyle = workbook.createCellStyle();
            moneyStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(t.apply("payInstruction.title") + " " + p.decisionNo());
            r = put(sheet, r, t.apply("payInstruction.decisionNo"), p.decisionNo());
            r = put(sheet, r, t.apply("payInstruction.person"), p.name() + "（" + p.employeeNo() + "）");
            r = put(sheet, r, t.apply("payInstruction.enterprise"), p.enterpriseName());
            Row served = sheet.createRow(r++);
            served.createCell(0).setCellValue(t.apply("payInstruction.servedOn"));
            if (p.servedOn() != null) {
                served.createCell(1).setCellValue(p.servedOn());
                served.getCell(1).setCellStyle(dateStyle);
            }
            r = put(sheet, r, t.apply("payInstruction.base"), t.apply(p.departed() ? "payInstruction.departed" : "payInstruction.serving"));
            r = amount(sheet, r, t.apply("payInstruction.performanceSalary") + (p.lastYear() == null ? "" : "（" + p.lastYear() + "）"),
                    p.performanceSalary(), moneyStyle);
            for (Map.Entry<Integer, BigDecimal> year : p.termIncentiveByYear().entrySet()) {
                r = amount(sheet, r, format(t.apply("payInstruction.termIncentiveYear"), year.getKey()), year.getValue(), moneyStyle);
            }
            r = put(sheet, r, t.apply("payInstruction.performancePercent"), percent(p.performanceSalaryPercent()));
            r = put(sheet, r, t.apply("payInstruction.termPercent"), percent(p.termIncentivePercent()));
            r = amount(sheet, r, t.apply("payInstruction.performanceAmount"), p.performanceSalaryAmount(), moneyStyle);
            r = amount(sheet, r, t.apply("payInstruction.termAmount"), p.termIncentiveAmount(), moneyStyle);
            r = amount(sheet, r, t.apply("payInstruction.accountabilityAmount"), p.accountabilityAmount(), moneyStyle);
            for (DeductionLine deduction : p.deductions()) {
                r = amount(sheet, r, t.apply(deduction.source().bundleKey()) + "（" + deduction.reference() + "）",
                        deduction.amount(), moneyStyle);
            }
            r = amount(sheet, r, t.apply("payInstruction.applicable"), p.applicable() == null ? null : p.applicable().amount(), moneyStyle);
            r = amount(sheet, r, t.apply("payInstruction.recovered"), p.recovered(), moneyStyle);
            amount(sheet, r, t.apply("payInstruction.outstanding"), p.outstanding(), moneyStyle);
            sheet.setColumnWidth(0, 40 * 256);
            sheet.setColumnWidth(1, 30 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> rows(DecisionPay p, Function<String, String> t) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put(t.apply("payInstruction.decisionNo"), p.decisionNo());
        rows.put(t.apply("payInstruction.person"), p.name() + "（" + p.employeeNo() + "）");
        rows.put(t.apply("payInstruction.enterprise"), p.enterpriseName());
        rows.put(t.apply("payInstruction.servedOn"), p.servedOn() == null ? "—" : p.servedOn().toString());
        if (p.missingKey() != null) {
            rows.put(t.apply("payInstruction.base"), format(t.apply(p.missingKey()), p.missingArgs().toArray()));
            return rows;
        }
        rows.put(t.apply("payInstruction.base"), t.apply(p.departed() ? "payInstruction.departed" : "payInstruction.serving"));
        rows.put(t.apply("payInstruction.performanceSalary") + "（" + p.lastYear() + "）", money(p.performanceSalary()));
        rows.put(t.apply("payInstruction.termIncentive"), p.termIncentiveByYear().entrySet().stream()
                .map(e -> e.getKey() + "：" + money(e.getValue())).collect(Collectors.joining("；")));
        rows.put(t.apply("payInstruction.performancePercent"), percent(p.performanceSalaryPercent()));
        rows.put(t.apply("payInstruction.termPercent"), percent(p.termIncentivePercent()));
        rows.put(t.apply("payInstruction.performanceAmount"), money(p.performanceSalaryAmount()));
        rows.put(t.apply("payInstruction.termAmount"), money(p.termIncentiveAmount()));
        rows.put(t.apply("payInstruction.accountabilityAmount"), money(p.accountabilityAmount()));
        rows.put(t.apply("payInstruction.applicable"), money(p.applicable().amount()) + "（"
                + t.apply(p.applicable().source().bundleKey()) + "）");
        rows.put(t.apply("payInstruction.recovered"), money(p.recovered()));
        rows.put(t.apply("payInstruction.outstanding"), money(p.outstanding()));
        StringBuilder other = new StringBuilder();
        if (p.deferPerformanceSalary()) {
            other.append(t.apply("decisionDoc.defer")).append("；");
        }
        if (p.endUnexercisedRights()) {
            other.append(t.apply("decisionDoc.endRights")).append("；");
        }
        if (p.handBackYears() != null) {
            other.append(format(t.apply("decisionDoc.handBack"), p.handBackYears())).append("；");
        }
        if (p.incentiveBarPermanent()) {
            other.append(t.apply("decisionDoc.barPermanent"));
        } else if (p.incentiveBarYears() != null) {
            other.append(format(t.apply("decisionDoc.bar"), p.incentiveBarYears()));
        }
        rows.put(t.apply("payInstruction.incentives"), other.length() == 0 ? "—" : other.toString());
        rows.put(t.apply("payInstruction.articles"), String.join("、", p.articles()));
        return rows;
    }

    private static int put(Sheet sheet, int r, String label, String value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value == null ? "" : value);
        return r + 1;
    }

    private static int amount(Sheet sheet, int r, String label, BigDecimal value, CellStyle style) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        if (value != null) {
            row.createCell(1).setCellValue(value.doubleValue());
            row.getCell(1).setCellStyle(style);
        }
        return r + 1;
    }

    private static void paragraph(Document document, String text, Font font) {
        Paragraph p = PdfText.paragraph(text, font);
        p.setLeading(font.getSize() * 1.8f);
        p.setSpacingAfter(2);
        document.add(p);
    }

    private static void cell(PdfPTable table, String text, Font font, boolean header) {
        PdfPCell cell = PdfText.cell(text, font);
        cell.setPadding(4);
        if (header) {
            cell.setGrayFill(0.92f);
        }
        table.addCell(cell);
    }

    static String money(BigDecimal amount) {
        return amount == null ? "—" : String.format(Locale.ROOT, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }

    static String percent(BigDecimal percent) {
        return percent == null ? "—" : percent.stripTrailingZeros().toPlainString() + "%";
    }

    static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    static String format(String pattern, Object... args) {
        // as text: a year or a count must not come out as "2,026"
        Object[] texts = Arrays.stream(args).map(String::valueOf).toArray();
        return new MessageFormat(pattern, Locale.ROOT).format(texts);
    }
}
