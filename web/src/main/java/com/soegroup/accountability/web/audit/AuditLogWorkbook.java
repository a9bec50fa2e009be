package com.soegroup.accountability.web.audit;

import com.soegroup.accountability.audit.AuditRecord;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.shared.LedgerCells;
import com.soegroup.accountability.shared.LedgerPrint;
import com.soegroup.accountability.web.shell.Names;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The audit log as the page shows it, as a workbook to keep: people, roles, actions, object types and fields in
 * words (each with its code as the page's tooltip has it only on screen), set up for printing on A4 landscape
 * with the header on every page, an auto-filter and the header frozen.
 */
final class AuditLogWorkbook {

    private static final String[] HEADERS = {"auditLog.seq", "auditLog.time", "auditLog.user", "auditLog.roles",
            "auditLog.action", "auditLog.object", "auditLog.details"};
    private static final int[] WIDTHS = {8, 20, 12, 22, 10, 30, 70};

    private AuditLogWorkbook() {
    }

    static void write(List<AuditRecord> entries, String title, String filterLine, Names names,
                      Function<String, String> text, Function<Instant, String> time, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(title);
            CellStyle bold = book.createCellStyle();
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            bold.setFont(big);
            CellStyle header = LedgerCells.bordered(book);
            Font headerFont = book.createFont();
            headerFont.setBold(true);
            header.setFont(headerFont);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle plain = LedgerCells.bordered(book);
            plain.setWrapText(true);

            cell(sheet.createRow(0), 0, title, bold);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.length - 1));
            cell(sheet.createRow(1), 0, filterLine, null);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, HEADERS.length - 1));
            Row head = sheet.createRow(2);
            for (int i = 0; i < HEADERS.length; i++) {
                cell(head, i, text.apply(HEADERS[i]), header);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int r = 3;
            for (AuditRecord e : entries) {
                Row row = sheet.createRow(r++);
                cell(row, 0, Long.toString(e.seq()), plain);
                cell(row, 1, time.apply(e.occurredAt()), plain);
                cell(row, 2, names.person(e.userId()), plain);
                cell(row, 3, names.roles(e.roles()), plain);
                cell(row, 4, text.apply("AuditAction." + e.action()), plain);
                cell(row, 5, (names.objectType(e.objectType()) + " " + (e.objectId() == null ? "" : e.objectId())).strip(), plain);
                cell(row, 6, details(e, names, text), plain);
            }
            sheet.createFreezePane(0, 3);
            sheet.setAutoFilter(new CellRangeAddress(2, Math.max(2, r - 1), 0, HEADERS.length - 1));
            LedgerPrint.setUp(sheet, 2, HEADERS.length - 1, true);
            book.write(out);
        }
    }

    /** What changed and the facts, one per line, in words. */
    private static String details(AuditRecord e, Names names, Function<String, String> text) {
        List<String> lines = new ArrayList<>();
        String colon = text.apply("history.colon");
        for (FieldChange c : e.changes()) {
            lines.add(names.field(c.field()) + colon + (c.oldValue() == null ? "∅" : names.value(c.field(), c.oldValue()))
                    + " → " + (c.newValue() == null ? "∅" : names.value(c.field(), c.newValue())));
        }
        for (Map.Entry<String, String> f : e.facts().entrySet()) {
            lines.add(names.field(f.getKey()) + colon + names.value(f.getKey(), f.getValue()));
        }
        return String.join("\n", lines);
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
