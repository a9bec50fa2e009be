package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

import java.nio.file.Path;
import java.util.List;

/** rectification/task.xhtml: one rectification task, its material, extension requests, history and the steps. */
public final class RectificationTaskPage extends Page {

    RectificationTaskPage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("taskNo"));
    }

    public static RectificationTaskPage open(Browser browser, String rectificationNo) {
        browser.go("/rectification/task.xhtml?no=" + rectificationNo);
        return new RectificationTaskPage(browser);
    }

    public String rectificationNo() {
        return text("taskNo");
    }

    public String status() {
        return text("status");
    }

    public String clues() {
        return text("clues");
    }

    public String deadline() {
        return text("deadline");
    }

    /** The liaison submits what was done with a file (the page reloads with the upload). */
    public RectificationTaskPage submit(String text, Path file) {
        type("task:text", text);
        chooseFile(By.cssSelector("[id='task:uploads'] input[type=file], input[type=file][id^='task:uploads']"), file);
        click("task:submit");
        return new RectificationTaskPage(browser);
    }

    /** The office verifies the material with an opinion, confirming it in the dialog. */
    public RectificationTaskPage verify(String opinion) {
        return confirm("task:verify", opinion);
    }

    public RectificationTaskPage sendBack(String reason) {
        return confirm("task:sendBack", reason);
    }

    private RectificationTaskPage confirm(String button, String opinion) {
        click(button);
        waitUntil(driver -> driver.findElement(By.id("task:stepDialog")).isDisplayed(), "the confirmation");
        waitUntil(driver -> !driver.findElements(By.id("task:opinion")).isEmpty(), "the opinion field");
        type("task:opinion", opinion);
        click("task:confirm");
        return this;
    }

    public RectificationTaskPage waitForStatus(String status) {
        waitForText(By.id("status"), status);
        return this;
    }

    /** Whether the office's step "逾期未整改，转为问题线索" can be taken (shown and enabled). */
    public boolean offersClue() {
        return present(By.id("task:makeClue")) && find(By.id("task:makeClue")).isEnabled()
                && !find(By.id("task:makeClue")).getAttribute("class").contains("ui-state-disabled");
    }

    public String history() {
        return text(By.id("task:history"));
    }

    public List<String> outsideTheWidth() {
        return outsideTheWidth(By.id("task:detail"), By.id("task:submissions"), By.id("task:history"));
    }
}
