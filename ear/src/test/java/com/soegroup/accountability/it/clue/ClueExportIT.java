package com.soegroup.accountability.it.clue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Samples;
import com.soegroup.accountability.testsupport.Database;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;

import static com.soegroup.accountability.testsupport.ClueFixtures.register;
import static com.soegroup.accountability.testsupport.Dates.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exports of the filtered ledger: a workbook laid out as people keep it, a PDF with selectable Chinese, audited, scoped. */
class ClueExportIT extends ApplicationIT {

    @Test
    void theFilteredLedgerExportsToAWorkbookWithTitleChineseHeadersNumbersAndDates() throws Exception {
        String no = register("office", "YBJSLQ", "AUDIT", "路桥公司沥青采购价格高于市场价 EXPORT-PROBE", "2345678.90")
                .json().getJsonObject("clue").getString("ledgerNo");
        register("office", "YBJSLQ", "INSPECTION_TOUR", "路桥公司另一线索 EXPORT-PROBE", null);

        HttpResponse<byte[]> file = Api.as("office").download("/clues/export.xlsx?q=EXPORT-PROBE&source=AUDIT&sort=ledgerNo,asc");
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("问题线索台账", sheet.getRow(0).getCell(0).getStringCellValue());
            Row header = sheet.getRow(2);
            assertEquals("线索编号", header.getCell(1).getStringCellValue());
            assertEquals("收到日期", header.getCell(2).getStringCellValue());
            assertEquals(4, sheet.getLastRowNum() + 1, "title, subtitle, header and the one AUDIT clue");
            Row row = sheet.getRow(3);
            assertEquals(no, row.getCell(1).getStringCellValue());
            Cell received = row.getCell(2);
            assertEquals(CellType.NUMERIC, received.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(received), "a date, not text");
            assertEquals(LocalDate.parse(TODAY), received.getLocalDateTimeCellValue().toLocalDate());
            assertEquals(CellType.NUMERIC, row.getCell(8).getCellType());
            assertEquals(2345678.90, row.getCell(8).getNumericCellValue(), 0.001);
            assertEquals("审计发现", row.getCell(5).getStringCellValue());
        }
        assertTrue(exports() > 0);
    }

    @Test
    void thePdfHasTheChineseTextSelectableAndPageHeaderAndNumbers() throws Exception {
        String no = register("office", "YBJSLQ", "AUDIT", "路桥公司钢材供应商资质造假 PDF-PROBE", "12000")
                .json().getJsonObject("clue").getString("ledgerNo");

        HttpResponse<byte[]> file = Api.as("office").download("/clues/export.pdf?q=" + URLEncoder.encode("PDF-PROBE", StandardCharsets.UTF_8));
        assertEquals(200, file.statusCode(), () -> new String(file.body(), StandardCharsets.UTF_8));
        assertTrue(new String(file.body(), StandardCharsets.ISO_8859_1).contains("+NotoSansSC-Regular"),
                "the EAR's own font is embedded");
        Samples.save("clue-ledger.pdf", Api.as("office").download("/clues/export.pdf").body());
        PdfReader reader = new PdfReader(file.body());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains(no), text);
        assertTrue(text.contains("钢材供应商资质造假"), text);
        assertTrue(text.contains("问题线索台账"), text);
        assertTrue(text.contains("第 1 页"), text);
        reader.close();
    }

    @Test
    void anExportHoldsOnlyWhatTheCallerMaySee() throws Exception {
        register("office", "YBJS", "AUDIT", "建投公司线索 SCOPE-EXPORT-PROBE", null);

        HttpResponse<byte[]> file = Api.as("liaison").download("/clues/export.xlsx?q=SCOPE-EXPORT-PROBE");
        assertEquals(200, file.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            assertEquals(3, book.getSheetAt(0).getLastRowNum() + 1, "title, subtitle and header only");
        }
        assertEquals(404, Api.as("liaison").download("/clues/export.xlsx?enterprise=YBJS").statusCode());
        assertEquals(403, Api.as("hr").download("/clues/export.pdf").statusCode());
    }

    static long exports() throws Exception {
        try (Connection db = Database.connect();
             PreparedStatement q = db.prepareStatement("SELECT count(*) FROM audit_entry WHERE action = 'EXPORT' AND object_type = 'CLUE_LEDGER'");
             ResultSet rows = q.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
