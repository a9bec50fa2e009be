package com.soegroup.accountability.it.investigation;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.EvidenceFixtures;
import com.soegroup.accountability.testsupport.InvestigationFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evidence page in the browser: a team member uploads a PDF with its basis and document reference and sees
 * it with its SHA-256; a renamed executable and an oversized file are refused with a Chinese sentence and
 * nothing kept; the team writes a note; the file is offered on the case page for a loss item; it is withdrawn
 * with a reason. The office outside the team sees the files but not the notes; an auditor outside the scope
 * sees nothing of the case.
 */
class EvidenceBrowserIT extends ApplicationIT {

    @Test
    void uploadListLinkToALossItemWithdrawAndWriteANote() throws Exception {
        String no = InvestigationFixtures.opened("YBJS", "建投公司违规采购证据材料（浏览器）", "YB000032");
        assertEquals(200, InvestigationFixtures.assign(no, "investigator", "MEMBER").status());
        assertEquals(200, Api.as("investigator").post("/investigations/" + no + "/recusal", "{\"conflict\": false}").status());

        Path dir = Files.createTempDirectory("evidence");
        Path pdf = dir.resolve("审计报告.pdf");
        Files.write(pdf, EvidenceFixtures.PDF);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(EvidenceFixtures.PDF));
        Path renamed = dir.resolve("合同.pdf");
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        Files.write(renamed, exe);
        Path big = dir.resolve("大文件.pdf");
        byte[] large = new byte[9 * 1024 * 1024];
        System.arraycopy(EvidenceFixtures.PDF, 0, large, 0, EvidenceFixtures.PDF.length);
        Files.write(big, large);

        try (Browser browser = Browser.open()) {
            browser.signIn("investigator", "investigator");
            browser.go("/investigation/investigation.xhtml?no=" + no);
            browser.waitFor(By.id("inv:evidence")).click();
            browser.waitFor(By.id("ev:files"));
            assertEquals(no, browser.text(By.id("caseNo")));

            chooseBasis(browser, "会计师事务所审计报告");
            type(browser, "ev:documentReference", "审计报告〔2026〕41号");
            upload(browser, pdf);
            waitForText(browser, By.id("ev:uploadMessages"), "证据文件已上传");
            waitForText(browser, By.id("ev:files"), "审计报告.pdf");
            String row = browser.text(By.id("ev:files"));
            assertTrue(row.contains("会计师事务所审计报告") && row.contains("审计报告〔2026〕41号") && row.contains(sha256.substring(0, 12)), row);
            assertEquals(sha256, browser.waitFor(By.id("ev:files:0:sha256")).getAttribute("title"));
            String href = browser.waitFor(By.id("ev:files:0:download")).getAttribute("href");
            assertTrue(href.matches(".*/accountability/api/v1/investigations/" + no + "/evidence/\\d+"), href);

            // a renamed executable passes the browser's check of the name; the server refuses it by its content
            chooseBasis(browser, "会计师事务所审计报告");
            type(browser, "ev:documentReference", "合同〔2026〕3号");
            upload(browser, renamed);
            waitForText(browser, By.id("ev:uploadMessages"), "文件类型不允许");
            // too large: PrimeFaces refuses it before sending, in Chinese
            browser.driver().findElement(By.id("ev:file_input")).sendKeys(big.toString());
            waitForText(browser, By.cssSelector("#ev\\:file .ui-fileupload-messages"), "大文件.pdf");
            browser.screenshot("evidence-refused");
            // without the browser's check (scripts changed, or another client) the server refuses it itself
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "$(document.getElementById('ev:file_input')).removeData().removeAttr('data-p-val data-p-sizelimit data-p-allowtypes');");
            upload(browser, big);
            waitForText(browser, By.id("ev:uploadMessages"), "文件过大，未保存");
            assertEquals(1, browser.driver().findElements(By.cssSelector("#ev\\:files_data tr[data-ri]")).size(), "nothing else kept");

            type(browser, "ev:note", "约谈安排：周三上午采购部");
            browser.waitFor(By.id("ev:addNote")).click();
            waitForText(browser, By.id("ev:notes"), "约谈安排：周三上午采购部");

            // the case page's loss item now offers the file
            browser.waitFor(By.id("ev:back")).click();
            browser.waitFor(By.id("inv:itemEvidenceFiles")).click();
            browser.waitFor(By.xpath("//div[@id='inv:itemEvidenceFiles_panel']//li[.//label[contains(., '审计报告.pdf')]]//div[contains(@class,'ui-chkbox-box')]"))
                    .click();
            browser.waitFor(By.cssSelector("#inv\\:itemEvidenceFiles_panel .ui-selectcheckboxmenu-close")).click();
            type(browser, "inv:itemDescription", "高价采购差价损失");
            type(browser, "inv:itemAmount_input", "300000");
            type(browser, "inv:itemEvidence", "审计报告〔2026〕41号");
            browser.waitFor(By.id("inv:addItem")).click();
            waitForText(browser, By.id("inv:items"), "审计报告.pdf（审计报告〔2026〕41号）");
            browser.screenshot("evidence-case-page");

            browser.waitFor(By.id("inv:evidence")).click();
            browser.waitFor(By.id("ev:files:0:withdraw")).click();
            type(browser, "ev:withdrawReason", "扫描件不完整，以盖章原件为准");
            browser.waitFor(By.id("ev:confirmWithdraw")).click();
            waitForText(browser, By.id("ev:files"), "已撤回");
            waitForText(browser, By.id("ev:files"), "扫描件不完整，以盖章原件为准");
            assertTrue(browser.driver().findElements(By.id("ev:files:0:withdraw")).isEmpty(), "withdrawn once");
            browser.screenshot("evidence-investigator");
        }

        HttpResponse<byte[]> download = Api.as("investigator").download("/investigations/" + no + "/evidence/"
                + Api.as("investigator").get("/investigations/" + no + "/evidence").parse().asJsonArray().getJsonObject(0).getJsonNumber("id"));
        assertEquals(200, download.statusCode());
        assertArrayEquals(EvidenceFixtures.PDF, download.body(), "withdrawn, still kept");
        String disposition = download.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;") && disposition.contains("filename*=UTF-8''%E5%AE%A1"), disposition);

        try (Browser browser = Browser.open()) {
            browser.signIn("office", "office");
            browser.go("/investigation/evidence.xhtml?no=" + no);
            waitForText(browser, By.id("ev:files"), "审计报告.pdf");
            assertTrue(browser.driver().findElements(By.id("ev:notesPanel")).isEmpty(), "notes are the team's");
            assertFalse(browser.driver().getPageSource().contains("约谈安排"));
            browser.screenshot("evidence-office");
        }
        try (Browser browser = Browser.open()) {
            browser.signIn("auditor", "auditor");
            browser.go("/investigation/evidence.xhtml?no=" + no);
            waitForText(browser, By.id("ev:messages"), "记录不存在");
            assertTrue(browser.driver().findElements(By.id("ev:files")).isEmpty());
            assertFalse(browser.driver().getPageSource().contains("审计报告.pdf"));
        }
    }

    private static void chooseBasis(Browser browser, String label) {
        for (int attempt = 0; attempt < 3; attempt++) {
            browser.waitFor(By.id("ev:basis")).click();
            browser.waitFor(By.cssSelector("#ev\\:basis_panel li[data-label='" + label + "']")).click();
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(3)).ignoring(StaleElementReferenceException.class)
                        .until((WebDriver driver) -> driver.findElement(By.id("ev:basis_label")).getText().equals(label));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                // the click went to the overlay while it opened; try again
            }
        }
        browser.screenshot("evidence-failed");
        throw new AssertionError("the basis menu does not show " + label);
    }

    private static void upload(Browser browser, Path file) throws IOException {
        browser.driver().findElement(By.id("ev:file_input")).sendKeys(file.toString());
        browser.waitFor(By.cssSelector("#ev\\:file .ui-fileupload-upload")).click();
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.waitFor(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void waitForText(Browser browser, By locator, String text) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until((WebDriver driver) -> driver.findElements(locator).stream().anyMatch(e -> e.getText().contains(text)));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("evidence-failed");
            throw e;
        }
    }
}
