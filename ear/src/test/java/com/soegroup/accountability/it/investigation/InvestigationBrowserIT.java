package com.soegroup.accountability.it.investigation;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.ClueFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main path in the browser: the office opens an investigation from an accepted clue, adds a loss item and
 * sees its level, records a finding with an aggravating circumstance and proposes a fault-tolerance evaluation;
 * the leader approves it; the report link gives the PDF.
 */
class InvestigationBrowserIT extends ApplicationIT {

    @Test
    void openAddALossSeeTheLevelRecordAFindingEvaluateApproveAndGetTheReport() {
        String clue = ClueFixtures.accepted("YBJSWY", "物业公司违规对外担保（浏览器）");
        String no;
        try (Browser browser = Browser.open()) {
            browser.signIn("office", "office");
            browser.waitFor(By.id("menu:investigations")).click();
            type(browser, "openForm:clues", clue);
            type(browser, "openForm:subjects", "YB000068");
            type(browser, "openForm:title", "物业公司违规对外担保调查");
            type(browser, "openForm:plan", "调取担保合同及决策记录，约谈相关人员。");
            browser.waitFor(By.id("openForm:open")).click();

            no = browser.text(By.id("caseNo"));
            assertTrue(no.startsWith("YBJSWY-DC-"), no);

            type(browser, "inv:itemDescription", "代偿担保债务");
            type(browser, "inv:itemAmount_input", "1200000");
            type(browser, "inv:itemEvidence", "审计报告〔2026〕21号");
            browser.waitFor(By.id("inv:addItem")).click();
            waitForText(browser, By.id("level"), "较大资产损失");

            type(browser, "inv:findingFacts", "未经董事会决议对外提供担保");
            type(browser, "inv:findingEvidence", "担保合同、会议纪要");
            browser.waitFor(By.id("inv:findingAggravating")).click();
            browser.waitFor(By.xpath("//div[@id='inv:findingAggravating_panel']//li[.//label[contains(., '隐瞒不报')]]//div[contains(@class,'ui-chkbox-box')]"))
                    .click();
            browser.waitFor(By.cssSelector("#inv\\:findingAggravating_panel .ui-selectcheckboxmenu-close")).click();
            type(browser, "inv:findingAggravatingReason", "担保事项未在年度报告中披露");
            browser.waitFor(By.id("inv:recordFinding")).click();
            waitForText(browser, By.id("inv:findings"), "直接责任");
            waitForText(browser, By.id("inv:findings"), "隐瞒不报、漏报、谎报资产损失（担保事项未在年度报告中披露）");

            chooseOutcome(browser, "减轻处理");
            browser.driver().findElement(By.cssSelector("label[for='inv:ftConditions:4']")).click();
            type(browser, "inv:ftEvidence", "已追回代偿款 30 万元的银行回单");
            browser.waitFor(By.id("inv:evaluate")).click();
            waitForText(browser, By.id("inv:findings"), "减轻处理");
            browser.screenshot("investigation-office");
        }
        try (Browser browser = Browser.open()) {
            browser.signIn("leader", "leader");
            browser.go("/investigation/investigation.xhtml?no=" + no);
            browser.waitFor(By.id("inv:findings:0:approve")).click();
            waitForText(browser, By.id("inv:findings"), "领导小组已批准");
            String href = browser.waitFor(By.cssSelector("a[href$='/api/v1/investigations/" + no + "/report.pdf']"))
                    .getAttribute("href");
            assertTrue(href.contains("/accountability/api/v1/investigations/"), href);
            browser.screenshot("investigation-leader");
        }
        HttpResponse<byte[]> pdf = Api.as("leader").download("/investigations/" + no + "/report.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** Picks from the outcome menu until it shows the choice: under load the overlay may still be moving. */
    private static void chooseOutcome(Browser browser, String label) {
        for (int attempt = 0; attempt < 3; attempt++) {
            browser.waitFor(By.id("inv:ftOutcome")).click();
            browser.waitFor(By.cssSelector("#inv\\:ftOutcome_panel li[data-label='" + label + "']")).click();
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(3)).ignoring(StaleElementReferenceException.class)
                        .until((WebDriver driver) -> driver.findElement(By.id("inv:ftOutcome_label")).getText().equals(label));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                // the click went to the overlay while it opened; try again
            }
        }
        browser.screenshot("investigation-failed");
        throw new AssertionError("the outcome menu does not show " + label);
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.waitFor(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void waitForText(Browser browser, By locator, String text) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until((WebDriver driver) -> driver.findElement(locator).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("investigation-failed");
            throw e;
        }
    }
}
