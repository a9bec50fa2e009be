package com.soegroup.accountability.org;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * The downloadable template of each import kind. The .xlsx has the columns on its first sheet (formatted as
 * text, so Excel keeps ID numbers and codes as typed instead of turning them into numbers) and the hints on a
 * second; the CSV is the header line in UTF-8 with the byte-order mark Excel needs to show Chinese.
 */
public final class ImportTemplates {

    public enum Format {
        XLSX, CSV
    }

    private ImportTemplates() {
    }

    public static byte[] of(ImportKind kind, Format format) {
        return format == Format.CSV ? csv(kind) : xlsx(kind);
    }

    public static String fileName(ImportKind kind, Format format) {
        String base = switch (kind) {
            case ENTERPRISES -> "enterprises";
            case ASSETS -> "enterprise-assets";
            case PEOPLE -> "people";
            case PAY -> "pay";
        };
        return base + "-template." + (format == Format.CSV ? "csv" : "xlsx");
    }

    static byte[] csv(ImportKind kind) {
        String header = kind.columns().stream().map(ImportKind.ImportColumn::templateHeader).collect(Collectors.joining(","));
        byte[] text = (header + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(text, 0, withBom, 3, text.length);
        return withBom;
    }

    static byte[] xlsx(ImportKind kind) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setDataFormat(workbook.createDataFormat().getFormat("@"));

            Sheet data = workbook.createSheet("数据");
            Row header = data.createRow(0);
            for (int i = 0; i < kind.columns().size(); i++) {
                ImportKind.ImportColumn column = kind.columns().get(i);
                var cell = header.createCell(i);
                cell.setCellValue(column.templateHeader());
                cell.setCellStyle(bold);
                data.setDefaultColumnStyle(i, text);
                data.setColumnWidth(i, Math.max(12, column.header().length() * 2 + 4) * 256);
            }
            data.createFreezePane(0, 1);

            Sheet hints = workbook.createSheet("填写说明");
            Row hintHeader = hints.createRow(0);
            String[] titles = {"列名", "是否必填", "说明"};
            for (int i = 0; i < titles.length; i++) {
                var cell = hintHeader.createCell(i);
                cell.setCellValue(titles[i]);
                cell.setCellStyle(bold);
            }
            for (int i = 0; i < kind.columns().size(); i++) {
                ImportKind.ImportColumn column = kind.columns().get(i);
                Row row = hints.createRow(i + 1);
                row.createCell(0).setCellValue(column.header());
                row.createCell(1).setCellValue(column.required() ? "必填" : "选填");
                row.createCell(2).setCellValue(column.hint());
            }
            Row rule = hints.createRow(kind.columns().size() + 2);
            rule.createCell(0).setCellValue("请在“数据”工作表填写，第一行为列名。按" + naturalKey(kind)
                    + "更新已有记录、新增其他记录；任何一行有误则整个文件都不导入，并列出全部错误行。");
            hints.setColumnWidth(0, 22 * 256);
            hints.setColumnWidth(1, 10 * 256);
            hints.setColumnWidth(2, 70 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String naturalKey(ImportKind kind) {
        return switch (kind) {
            case ENTERPRISES -> "企业代码";
            case ASSETS -> "企业代码和年度";
            case PEOPLE -> "工号";
            case PAY -> "工号和年度";
        };
    }
}
