package com.soegroup.accountability.shared;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LedgerPrintTest {

    @Test
    void aLedgerPrintsOnA4WithAllColumnsOnAPageAndItsHeaderOnEveryPage() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            LedgerPrint.setUp(book.createSheet("台账"), 2, 9, true);
            LedgerPrint.setUp(book.createSheet("窄表"), 2, 3, false);
            book.write(out);
            bytes = out.toByteArray();
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet ledger = book.getSheet("台账");
            PrintSetup print = ledger.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertTrue(print.getLandscape());
            assertEquals(1, print.getFitWidth());
            assertEquals(0, print.getFitHeight(), "as many pages down as the rows need");
            assertTrue(ledger.getFitToPage());
            assertEquals(2, ledger.getRepeatingRows().getFirstRow(), "the header row (the third) on every page");
            assertEquals(2, ledger.getRepeatingRows().getLastRow());
            assertEquals("&P / &N", ledger.getFooter().getCenter());
            assertFalse(book.getSheet("窄表").getPrintSetup().getLandscape());
        }
    }
}
