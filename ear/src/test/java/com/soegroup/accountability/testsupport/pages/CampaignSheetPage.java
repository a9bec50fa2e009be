package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

import java.util.List;

/** inspection/sheet.xhtml: one enterprise's self-inspection answers and the steps on them. */
public final class CampaignSheetPage extends Page {

    CampaignSheetPage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("enterpriseName"));
    }

    public static CampaignSheetPage open(Browser browser, String campaignNo, String enterprise) {
        browser.go("/inspection/sheet.xhtml?no=" + campaignNo + "&enterprise=" + enterprise);
        return new CampaignSheetPage(browser);
    }

    public String status() {
        return text("status");
    }

    public String dueDate() {
        return text("dueDate");
    }

    public String answers() {
        return text(By.id("sheet:answers"));
    }

    /** Answers the item in row {@code row} (from 0): "发现问题" with a description and an amount. */
    public CampaignSheetPage problem(int row, String description, String amount) {
        tick("sheet:answers:" + row + ":result", "发现问题");
        type("sheet:answers:" + row + ":description", description);
        type("sheet:answers:" + row + ":amount_input", amount);
        return this;
    }

    public CampaignSheetPage noProblem(int row) {
        tick("sheet:answers:" + row + ":result", "无问题");
        return this;
    }

    /** Saves the answers (the page reloads). */
    public CampaignSheetPage save() {
        click("sheet:save");
        return new CampaignSheetPage(browser);
    }

    public CampaignSheetPage submit() {
        click("sheet:submit");
        waitUntil(driver -> driver.findElement(By.id("sheet:stepDialog")).isDisplayed(), "the confirmation");
        click("sheet:confirm");
        return this;
    }

    public CampaignSheetPage accept(String opinion) {
        return confirm("sheet:accept", opinion);
    }

    public CampaignSheetPage sendBack(String reason) {
        return confirm("sheet:sendBack", reason);
    }

    /** The office turns the problem of row {@code row} into a clue, keeping the prefilled summary. */
    public CampaignSheetPage makeClue(int row) {
        click("sheet:answers:" + row + ":makeClue");
        waitUntil(driver -> driver.findElement(By.id("sheet:stepDialog")).isDisplayed(), "the confirmation");
        waitUntil(driver -> !driver.findElements(By.id("sheet:opinion")).isEmpty()
                && !driver.findElement(By.id("sheet:opinion")).getAttribute("value").isBlank(), "the prefilled summary");
        click("sheet:confirm");
        return this;
    }

    public String prefilledSummary() {
        return value("sheet:opinion");
    }

    private CampaignSheetPage confirm(String button, String opinion) {
        click(button);
        waitUntil(driver -> driver.findElement(By.id("sheet:stepDialog")).isDisplayed(), "the confirmation");
        waitUntil(driver -> !driver.findElements(By.id("sheet:opinion")).isEmpty(), "the opinion field");
        type("sheet:opinion", opinion);
        click("sheet:confirm");
        return this;
    }

    public CampaignSheetPage waitForStatus(String status) {
        waitForText(By.id("status"), status);
        return this;
    }

    /** The clue number the answer of row {@code row} shows once it became a clue. */
    public String clueOf(int row) {
        waitUntil(driver -> !driver.findElements(By.id("sheet:answers:" + row + ":clue")).isEmpty(), "the clue's link");
        return text(By.id("sheet:answers:" + row + ":clue"));
    }

    public List<String> outsideTheWidth() {
        return outsideTheWidth(By.id("sheet:detail"), By.id("sheet:answers"));
    }
}
