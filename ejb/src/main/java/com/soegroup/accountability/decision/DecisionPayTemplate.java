package com.soegroup.accountability.decision;

import com.soegroup.accountability.org.ImportKind;
import com.soegroup.accountability.org.ImportTemplates;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * HR's batch template for yearly pay: the pay import's own template (its columns on the first sheet, which is the
 * one the import reads, and the hints) with a sheet "填写示例" holding the same columns and an example row. The
 * example is kept off the first sheet so that a file uploaded without deleting it imports nothing it should not.
 */
final class DecisionPayTemplate {

    static final String FILE_NAME = "pay-batch-template.xlsx";

    private DecisionPayTemplate() {
    }

    static byte[] xlsx(int exampleYear) {
        byte[] base = ImportTemplates.of(ImportKind.PAY, ImportTemplates.Format.XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(base));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet example = workbook.createSheet("填写示例");
            List<ImportKind.ImportColumn> columns = ImportKind.PAY.columns();
            Row header = example.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                var cell = header.createCell(i);
                cell.setCellValue(columns.get(i).templateHeader());
                cell.setCellStyle(bold);
                example.setColumnWidth(i, 20 * 256);
            }
            Row row = example.createRow(1);
            row.createCell(0).setCellValue("YB000123");
            row.createCell(1).setCellValue(String.valueOf(exampleYear));
            row.createCell(2).setCellValue("380000.00");
            row.createCell(3).setCellValue("120000.00");
            row.createCell(4).setCellValue("");
            example.createRow(3).createCell(0).setCellValue("示例：工号 YB000123 在 " + exampleYear
                    + " 年的绩效年薪 380,000.00 元、任期激励收入 120,000.00 元，没有中长期激励收入（留空）。请在“数据”工作表填写，本表不会导入。");
            workbook.setSheetOrder("填写示例", 1);
            workbook.setActiveSheet(0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
