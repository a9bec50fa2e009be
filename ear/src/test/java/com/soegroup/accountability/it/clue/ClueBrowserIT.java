package com.soegroup.accountability.it.clue;

import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.Dates;
import com.soegroup.accountability.testsupport.pages.ClueDetailPage;
import com.soegroup.accountability.testsupport.pages.ClueLedgerPage;
import com.soegroup.accountability.testsupport.pages.ClueRegisterPage;
import com.soegroup.accountability.testsupport.pages.HomePage;
import com.soegroup.accountability.testsupport.pages.ReconciliationPage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The office's main path: register a clue in the form, read its number, find it in the ledger by filter. */
class ClueBrowserIT extends ApplicationIT {

    @Test
    void theOfficeRegistersAClueAndFindsItInTheLedger() throws Exception {
        try (Browser browser = Browser.open()) {
            HomePage home = SignInPage.open(browser).signIn("office", "office");

            ClueRegisterPage form = home.menu().registerClue()
                    .chooseSource("审计发现")
                    .fillSummary("浏览器测试：示范集团本部会议中心装修工程结算价>合同价<b BROWSER-PROBE")
                    .fillPossibleLoss("880000");
            form.screenshot("clue-register");
            ClueDetailPage clue = form.save();
            String no = clue.ledgerNo();
            assertTrue(no.matches("YBJT-XS-\\d{4}-\\d{4,}"), no);
            assertTrue(clue.summary().contains("结算价>合同价<b"), "angle brackets show as text");
            clue.screenshot("clue-detail");

            // the first state change, through the page's dialog
            clue.startChecking("张伟", Dates.daysFromToday(30), "交审计部初核").waitForStatus("初步核实");
            clue.screenshot("clue-checking");

            ClueLedgerPage ledger = clue.menu().clueLedger().search("BROWSER-PROBE");
            // the unfiltered first page shows the new clue too: wait for the filtered one
            ledger.waitForOnly(no);
            assertEquals(no, ledger.firstLedgerNo());
            ledger.screenshot("clue-ledger");

            // the filtered ledger to Excel, as the user downloads it, opened here
            Path workbook = ledger.exportToExcel();
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
                assertEquals("问题线索台账", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
                assertEquals(no, book.getSheetAt(0).getRow(3).getCell(1).getStringCellValue());
                assertEquals(3, book.getSheetAt(0).getLastRowNum(), "only the filtered clue");
            }

            // the demo ledger fills the first page: the reasons are what the page is about
            ReconciliationPage reconciliation = ledger.menu().reconciliation().waitForReason("已登记，尚未开始初步核实");
            assertTrue(reconciliation.units().contains("YBJT"));
            reconciliation.screenshot("clue-reconciliation");
        }
    }
}
