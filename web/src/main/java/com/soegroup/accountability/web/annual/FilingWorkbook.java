package com.soegroup.accountability.web.annual;

import com.soegroup.accountability.annual.Filing;
import com.soegroup.accountability.annual.FilingRow;
import com.soegroup.accountability.shared.LedgerPrint;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.function.Function;

/**
 * The periodic filing as the regulator's fixed layout: a title row naming the enterprise and the period, the column
 * headers, one line per enterprise by name (own records, each direct subsidiary, the total in bold), numbers as
 * numbers and money with two decimals; printed on A4 landscape by {@link LedgerPrint}. The page and the API write
 * the same workbook.
 */
public final class FilingWorkbook {

    /** The columns in order, as bundle keys; the layout never changes (the regulator's form). */
    public static final List<String> COLUMNS = List.of("filing.column.enterprise", "filing.column.clues", "filing.column.accepted",
            "filing.column.checking", "filing.column.opened", "filing.column.concluded", "filing.column.losses", "filing.column.people",
            "filing.column.recovered", "filing.column.rectified", "filing.column.incidents");

    private FilingWorkbook() {
    }

    public static byte[] write(Filing f, Function<String, String> text) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(text.apply("filing.sheet"));
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle title = book.createCellStyle();
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            CellStyle header = bordered(book);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            CellStyle plain = bordered(book);
            CellStyle money = bordered(book);
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            CellStyle totalText = bordered(book);
            totalText.setFont(bold);
            CellStyle totalMoney = bordered(book);
            totalMoney.setFont(bold);
            totalMoney.setDataFormat(money.getDataFormat());

            Row t = sheet.createRow(0);
            t.createCell(0).setCellValue(titleLine(f, text));
            t.getCell(0).setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.size() - 1));
            Row h = sheet.createRow(1);
            for (int i = 0; i < COLUMNS.size(); i++) {
                h.createCell(i).setCellValue(text.apply(COLUMNS.get(i)));
                h.getCell(i).setCellStyle(header);
            }
            int r = 2;
            for (FilingRow line : f.rows()) {
                boolean total = line.kind() == FilingRow.Kind.TOTAL;
                Row row = sheet.createRow(r++);
                String name = switch (line.kind()) {
                    case OWN -> line.name() + "（" + text.apply("filing.row.own") + "）";
                    case TOTAL -> text.apply("filing.row.total");
                    case SUBSIDIARY -> line.name();
                };
                row.createCell(0).setCellValue(name);
                long[] counts = {line.clues(), line.accepted(), line.checking(), line.opened(), line.concluded()};
                for (int i = 0; i < counts.length; i++) {
                    number(row, 1 + i, counts[i], total ? totalText : plain);
                }
                amount(row, 6, line.losses(), total ? totalMoney : money);
                number(row, 7, line.people(), total ? totalText : plain);
                amount(row, 8, line.recovered(), total ? totalMoney : money);
                number(row, 9, line.rectified(), total ? totalText : plain);
                number(row, 10, line.incidentReports(), total ? totalText : plain);
                row.getCell(0).setCellStyle(total ? totalText : plain);
            }
            sheet.setColumnWidth(0, 36 * 256);
            for (int i = 1; i < COLUMNS.size(); i++) {
                sheet.setColumnWidth(i, 13 * 256);
            }
            sheet.createFreezePane(1, 2);
            LedgerPrint.setUp(sheet, 1, COLUMNS.size() - 1, true);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "示范发展集团有限公司 2026年第1季度（2026-01-01至2026-03-31） …报送表". */
    public static String titleLine(Filing f, Function<String, String> text) {
        String period = f.quarter() != null ? MessageFormat.format(text.apply("filing.period.quarter"), String.valueOf(f.quarter()))
                : text.apply(f.half() == 1 ? "filing.period.half1" : "filing.period.half2");
        return MessageFormat.format(text.apply("filing.titleLine"), f.enterpriseName(), String.valueOf(f.year()),
                period + "（" + f.from() + " — " + f.to() + "）");
    }

    public static String fileName(Filing f) {
        return "filing-" + f.enterpriseCode() + "-" + f.year() + (f.quarter() != null ? "-Q" + f.quarter() : "-H" + f.half()) + ".xlsx";
    }

    private static CellStyle bordered(XSSFWorkbook book) {
        CellStyle s = book.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private static void number(Row row, int col, long value, CellStyle style) {
        row.createCell(col).setCellValue(value);
        row.getCell(col).setCellStyle(style);
    }

    private static void amount(Row row, int col, BigDecimal value, CellStyle style) {
        row.createCell(col).setCellValue((value == null ? BigDecimal.ZERO : value).doubleValue());
        row.getCell(col).setCellStyle(style);
    }
}
