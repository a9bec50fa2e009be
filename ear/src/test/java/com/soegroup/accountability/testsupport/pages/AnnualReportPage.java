package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

import java.nio.file.Path;

/** annual/report.xhtml: an annual work report with its sections, figures, approval, sending and documents. */
public final class AnnualReportPage extends Page {

    AnnualReportPage(Browser browser) {
        super(browser);
    }

    public static AnnualReportPage open(Browser browser, String reportNo) {
        browser.go("/annual/report.xhtml?no=" + reportNo);
        return new AnnualReportPage(browser);
    }

    public String reportNo() {
        return text("reportNo");
    }

    public String state() {
        return text("state");
    }

    /** The overview (一), problems or plans: OVERVIEW, PROBLEMS, PLANS. */
    public String section(String section) {
        return value("ann:" + section);
    }

    public AnnualReportPage write(String section, String text) {
        type("ann:" + section, text);
        return this;
    }

    public AnnualReportPage save() {
        click("ann:save");
        return this;
    }

    public AnnualReportPage submit() {
        click("ann:submit");
        return this;
    }

    public boolean canEdit() {
        return present(By.id("ann:save"));
    }

    public boolean canApprove() {
        return present(By.id("ann:approve"));
    }

    /** The leader approves: the confirmation asks for the opinion first. */
    public AnnualReportPage approve(String opinion) {
        click("ann:approve");
        waitUntil(driver -> driver.findElement(By.id("ann:confirmDialog")).isDisplayed(), "the confirmation");
        type("ann:opinion", opinion);
        click("ann:confirm");
        return this;
    }

    public AnnualReportPage markSent(String isoDate, String channel, String reference, String recipient) {
        type("ann:channel", channel);
        type("ann:reference", reference);
        type("ann:recipient", recipient);
        typeDate("ann:sentOn_input", isoDate);
        click("ann:markSent");
        return this;
    }

    public AnnualReportPage waitForMessage(String text) {
        waitForText(By.id("ann:messages"), text);
        return this;
    }

    public AnnualReportPage waitForState(String state) {
        waitForText(By.id("state"), state);
        return this;
    }

    /** The tables of part 三, as the page shows them. */
    public String figures() {
        return text(By.id("ann:report"));
    }

    public String history() {
        return text(By.id("ann:history"));
    }

    public Path downloadDocx() {
        return browser.download(".docx", () -> click("ann:docx"));
    }

    public Path downloadPdf() {
        return browser.download(".pdf", () -> click("ann:pdf"));
    }
}
