package com.soegroup.accountability.it.clue;

import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openqa.selenium.chromium.ChromiumDriver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The office's main path: register a clue in the form, read its number, find it in the ledger by filter. */
class ClueBrowserIT extends ApplicationIT {

    @Test
    void theOfficeRegistersAClueAndFindsItInTheLedger() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.signIn("office", "office");
            browser.waitFor(By.id("menu:clueRegister")).click();

            browser.waitFor(By.id("register:source_label"));
            // the menu's own select carries the value; picking from the animated overlay is flaky headless
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('register:source_input').value = 'AUDIT';");
            browser.driver().findElement(By.id("register:summary"))
                    .sendKeys("浏览器测试：示范集团本部会议中心装修工程结算价>合同价<b BROWSER-PROBE");
            browser.driver().findElement(By.id("register:possibleLoss_input")).sendKeys("880000");
            browser.screenshot("clue-register");
            browser.driver().findElement(By.id("register:save")).click();

            String no = browser.text(By.id("clue:ledgerNo"));
            assertTrue(no.matches("YBJT-XS-\\d{4}-\\d{4,}"), no);
            assertTrue(browser.text(By.id("clue:summary")).contains("结算价>合同价<b"), "angle brackets show as text");
            browser.screenshot("clue-detail");

            // the first state change, through the page's dialog
            browser.waitFor(By.xpath("//button[.//span[text()='开始初步核实']]")).click();
            browser.waitFor(By.id("clue:handler")).sendKeys("张伟");
            browser.driver().findElement(By.id("clue:deadline_input")).sendKeys(
                    java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(30).toString(), org.openqa.selenium.Keys.ESCAPE);
            browser.driver().findElement(By.id("clue:reason")).sendKeys("交审计部初核");
            browser.driver().findElement(By.id("clue:apply")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("clue:status"), "初步核实"));
            browser.screenshot("clue-checking");

            browser.waitFor(By.id("menu:clueLedger")).click();
            browser.waitFor(By.id("ledger:text")).sendKeys("BROWSER-PROBE");
            browser.driver().findElement(By.id("ledger:search")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#ledger\\:table_data"), no));
            // the unfiltered first page shows the new clue too: wait for the filtered one
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.numberOfElementsToBe(
                    By.cssSelector("#ledger\\:table_data tr"), 1));
            assertEquals(no, browser.text(By.cssSelector("#ledger\\:table_data tr .clue-no")));
            browser.screenshot("clue-ledger");

            // the filtered ledger to Excel, as the user downloads it, opened here
            Path downloads = Files.createTempDirectory("clue-downloads");
            ((ChromiumDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            browser.driver().findElement(By.id("ledger:exportXlsx")).click();
            Path workbook = waitForDownload(downloads, ".xlsx");
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
                assertEquals("问题线索台账", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
                assertEquals(no, book.getSheetAt(0).getRow(3).getCell(1).getStringCellValue());
                assertEquals(3, book.getSheetAt(0).getLastRowNum(), "only the filtered clue");
            }

            browser.waitFor(By.id("menu:clueReconciliation")).click();
            // the demo ledger fills the first page: the reasons are what the page is about
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#reconciliation\\:table_data"), "已登记，尚未开始初步核实"));
            assertTrue(browser.text(By.id("reconciliation:units")).contains("YBJT"));
            browser.screenshot("clue-reconciliation");
        }
    }

    private static Path waitForDownload(Path directory, String suffix) throws Exception {
        for (int i = 0; i < 100; i++) {
            try (var files = Files.list(directory)) {
                var done = files.filter(f -> f.toString().endsWith(suffix)).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + suffix + " downloaded into " + directory);
    }
}
