package com.soegroup.accountability.decision;

import com.soegroup.accountability.org.ImportKind;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** HR's batch template: the pay import's columns on the sheet it imports, and an example row apart from it. */
class DecisionPayTemplateTest {

    @Test
    void theFirstSheetHasTheImportsColumnsAndNothingElseTheExampleSheetAnExampleRow() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(DecisionPayTemplate.xlsx(2025)))) {
            List<String> expected = ImportKind.PAY.columns().stream().map(ImportKind.ImportColumn::templateHeader).toList();

            Sheet data = book.getSheetAt(0);
            assertEquals("数据", data.getSheetName());
            assertEquals(expected, cells(data.getRow(0), expected.size()));
            assertNull(data.getRow(1), "the imported sheet holds no example: uploading it unchanged imports nothing");

            Sheet example = book.getSheetAt(1);
            assertEquals("填写示例", example.getSheetName());
            assertEquals(expected, cells(example.getRow(0), expected.size()));
            assertEquals(List.of("YB000123", "2025", "380000.00", "120000.00", ""), cells(example.getRow(1), expected.size()));
            assertEquals("填写说明", book.getSheetAt(2).getSheetName());
        }
    }

    private static List<String> cells(Row row, int count) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add(row.getCell(i) == null ? "" : row.getCell(i).getStringCellValue());
        }
        return texts;
    }
}
