package com.soegroup.accountability.circular;

import com.soegroup.accountability.shared.LedgerPrint;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** The read receipts of a circular as a workbook: one row per enterprise, printed like every ledger. Plain Java. */
final class CircularReceiptsWorkbook {

    private CircularReceiptsWorkbook() {
    }

    static byte[] of(String circularNo, String title, LocalDate publishedOn, List<CircularReceipt> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(CircularAccess.text("receipts.read"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue(CircularAccess.text("receipts.title", circularNo, title));
            head.getCell(0).setCellStyle(bold);
            sheet.createRow(1).createCell(0).setCellValue(CircularAccess.text("receipts.published",
                    publishedOn == null ? "" : publishedOn.toString()));
            Row header = sheet.createRow(3);
            String[] columns = {"receipts.enterprise", "receipts.recipients", "receipts.read", "receipts.notRead"};
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(CircularAccess.text(columns[i]));
                header.getCell(i).setCellStyle(bold);
            }
            int r = 4;
            for (CircularReceipt receipt : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(receipt.enterpriseName());
                row.createCell(1).setCellValue(receipt.recipients());
                row.createCell(2).setCellValue(receipt.read());
                row.createCell(3).setCellValue(receipt.notRead());
            }
            sheet.setColumnWidth(0, 40 * 256);
            for (int i = 1; i < columns.length; i++) {
                sheet.setColumnWidth(i, 12 * 256);
            }
            sheet.createFreezePane(0, 4);
            sheet.setAutoFilter(new CellRangeAddress(3, Math.max(3, r - 1), 0, columns.length - 1));
            LedgerPrint.setUp(sheet, 3, columns.length - 1, false);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
