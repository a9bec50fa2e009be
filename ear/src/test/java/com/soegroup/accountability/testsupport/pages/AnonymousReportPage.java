package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;

/** report/index.xhtml: the public form in which someone without an account reports (信访举报). */
public final class AnonymousReportPage extends Page {

    AnonymousReportPage(Browser browser) {
        super(browser);
    }

    public static AnonymousReportPage open(Browser browser) {
        browser.go("/report/index.xhtml");
        return new AnonymousReportPage(browser);
    }

    /** Picks the enterprise the report is about, by its code (a plain select). */
    public AnonymousReportPage chooseEnterprise(String code) {
        new Select(find(By.id("report:enterprise"))).selectByValue(code);
        return this;
    }

    public AnonymousReportPage fillSummary(String text) {
        type("report:summary", text);
        return this;
    }

    public AnonymousReportPage fillPersons(String text) {
        type("report:persons", text);
        return this;
    }

    public AnonymousReportPage attach(Path file) {
        chooseFile(By.id("report:files"), file);
        return this;
    }

    /** Takes the chosen files off the form again, as the file chooser does when cancelled. */
    public AnonymousReportPage removeAttachments() {
        driver().findElement(By.id("report:files")).clear();
        return this;
    }

    /** Sends the form (the whole page is posted; on success it gives way to the receipt). */
    public AnonymousReportPage submit() {
        driver().findElement(By.id("report:submit")).click();
        return this;
    }

    /** Waits until the form's messages say so (the page is being left meanwhile: the answer is waited for). */
    public AnonymousReportPage waitForMessage(String text) {
        waitForText(By.id("report:messages"), text);
        return this;
    }

    public String messages() {
        return text("report:messages");
    }

    /** What the page says when it keeps a file from being sent (too large for the server). */
    public String uploadLimitMessage() {
        return text(By.cssSelector(".upload-limits-message"));
    }

    /** The summary as the form holds it now. */
    public String summary() {
        return value("report:summary");
    }

    /** The receipt code shown once the report is sent. */
    public String receipt() {
        return text("receipt");
    }
}
