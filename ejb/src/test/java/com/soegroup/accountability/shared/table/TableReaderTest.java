package com.soegroup.accountability.shared.table;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TableReaderTest {

    private static final String CSV = "工号,姓名,所属企业代码\r\nYB000001,王建华,YBJS\r\n,,\r\nYB000002,\"李, 晓东\",YBNY\r\n";

    @Test
    void csvInUtf8WithAndWithoutTheByteOrderMarkReadsChineseCorrectly() throws Exception {
        byte[] plain = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(plain, 0, withBom, 3, plain.length);

        for (byte[] file : List.of(plain, withBom)) {
            Table table = TableReader.read(file);
            assertEquals(List.of("工号", "姓名", "所属企业代码"), table.headers());
            assertEquals(List.of("YB000001", "王建华", "YBJS"), table.rows().get(0).cells());
        }
    }

    @Test
    void csvAsExcelSavesItOnAChineseWindowsIsGbkAndReadsTheSame() throws Exception {
        Table table = TableReader.read(CSV.getBytes(Charset.forName("GBK")));

        assertEquals(List.of("工号", "姓名", "所属企业代码"), table.headers());
        assertEquals("王建华", table.rows().get(0).cell(1));
        assertEquals("李, 晓东", table.rows().get(1).cell(1), "quoted commas stay in the cell");
    }

    @Test
    void blankRowsAreSkippedButRowNumbersStayThoseExcelShows() throws Exception {
        Table table = TableReader.read(CSV.getBytes(StandardCharsets.UTF_8));

        assertEquals(2, table.rows().size());
        assertEquals(2, table.rows().get(0).number());
        assertEquals(4, table.rows().get(1).number());
    }

    @Test
    void xlsxNumbersAndDatesComeAsTheyAreStoredNotAsDisplayed() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("数据");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("企业代码");
            header.createCell(1).setCellValue("年末资产总额（元）");
            header.createCell(2).setCellValue("填报日期");
            header.createCell(3).setCellValue("年度");
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue("YBJS");
            var money = row.createCell(1);
            money.setCellValue(31200000000.55);
            CellStyle thousands = workbook.createCellStyle();
            thousands.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            money.setCellStyle(thousands);
            var date = row.createCell(2);
            date.setCellValue(LocalDate.of(2026, 4, 20));
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy年m月d日"));
            date.setCellStyle(dateStyle);
            row.createCell(3).setCellValue(2025);
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        Table table = TableReader.read(xlsx);

        assertEquals(List.of("企业代码", "年末资产总额（元）", "填报日期", "年度"), table.headers());
        assertEquals(3, table.rows().get(0).number());
        assertEquals(List.of("YBJS", "31200000000.55", "2026-04-20", "2025"), table.rows().get(0).cells());
    }

    @Test
    void anEmptyOrUnreadableFileIsRefusedWithAReason() {
        assertEquals("import.file.empty", assertThrows(TableException.class, () -> TableReader.read(new byte[0])).messageKey());
        byte[] brokenZip = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6};
        assertEquals("import.file.unreadable", assertThrows(TableException.class, () -> TableReader.read(brokenZip)).messageKey());
    }
}
