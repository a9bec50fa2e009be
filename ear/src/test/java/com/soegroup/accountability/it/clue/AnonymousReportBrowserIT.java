package com.soegroup.accountability.it.clue;

import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Someone without an account reports from the sign-in page's link and follows the report with the receipt code;
 * a file too large for the server is refused in the page before anything is sent.
 */
class AnonymousReportBrowserIT extends ApplicationIT {

    @Test
    void anAnonymousReportIsSentAndFollowedWithItsReceiptCode() throws java.io.IOException {
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.waitFor(By.id("reportLink")).click();

            new Select(browser.waitFor(By.id("report:enterprise"))).selectByValue("YBNYRQ");
            browser.driver().findElement(By.id("report:summary")).sendKeys("燃气公司管网改造工程存在虚增工程量问题<script>alert(1)</script>");
            browser.driver().findElement(By.id("report:persons")).sendKeys("某项目经理");
            browser.screenshot("report-form");
            browser.driver().findElement(By.id("report:submit")).click();
            // the form posts the whole page: wait for the answer rather than read the page that is being left
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//*[@id='report:messages' and contains(., '网页标记')]")));
            assertTrue(browser.driver().getPageSource().contains("网页标记"), "markup in the summary is refused with a message");

            browser.driver().findElement(By.id("report:summary")).clear();
            browser.driver().findElement(By.id("report:summary")).sendKeys("燃气公司管网改造工程存在虚增工程量问题");

            // a file over the server's request limit: sent, it would be refused unread and the report lost
            Path big = Files.createTempFile("scan", ".pdf");
            try {
                Files.write(big, new byte[12 * 1024 * 1024]);
                browser.driver().findElement(By.id("report:files")).sendKeys(big.toAbsolutePath().toString());
                browser.driver().findElement(By.id("report:submit")).click();
                String refusal = browser.text(By.cssSelector(".upload-limits-message"));
                assertTrue(refusal.contains(big.getFileName().toString()) && refusal.contains("8 MB"), refusal);
                assertEquals("燃气公司管网改造工程存在虚增工程量问题",
                        browser.driver().findElement(By.id("report:summary")).getAttribute("value"), "what was typed is still there");
                browser.screenshot("report-file-too-large");
            } finally {
                Files.delete(big);
            }
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('report:files').value = '';");
            browser.driver().findElement(By.id("report:submit")).click();
            String receipt = browser.text(By.id("receipt"));
            assertTrue(receipt.matches("([A-Z2-7]{4}-){7}[A-Z2-7]{4}"), receipt);
            browser.screenshot("report-receipt");

            browser.go("/report/follow.xhtml");
            browser.waitFor(By.id("follow:receipt")).sendKeys(receipt);
            browser.driver().findElement(By.id("follow:show")).click();
            assertTrue(browser.text(By.id("status")).contains("已受理登记"), () -> browser.text(By.id("status")));
            browser.screenshot("report-follow");
        }
    }
}
