package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/** report/incident/report.xhtml: a one-event-one-report with its clocks, its text, the approval and the sending. */
public final class IncidentReportPage extends Page {

    IncidentReportPage(Browser browser) {
        super(browser);
    }

    public static IncidentReportPage open(Browser browser, String reportNo) {
        browser.go("/report/incident/report.xhtml?no=" + reportNo);
        return new IncidentReportPage(browser);
    }

    public String reportNo() {
        return text("reportNo");
    }

    public String state() {
        return text("state");
    }

    public String stage() {
        return text("stage");
    }

    /** The deadline of the stage under way, with the working days late in red when overdue. */
    public String due() {
        return text("due");
    }

    /** The clocks' line: the numbers of working days and where they come from. */
    public String clockSource() {
        return text("clockSource");
    }

    /** What a part of the text holds now (source, description, impact, causes, measures). */
    public String part(String part) {
        return value("inc:" + part);
    }

    /** The office writes a part of the text (source, description, impact, causes, measures). */
    public IncidentReportPage write(String part, String text) {
        type("inc:" + part, text);
        return this;
    }

    public IncidentReportPage save() {
        click("inc:save");
        return this;
    }

    public IncidentReportPage submit() {
        click("inc:submit");
        return this;
    }

    public boolean canEdit() {
        return present(By.id("inc:save"));
    }

    /** Why the stage's step is not the user's, as the page says it. */
    public String why() {
        return text("inc:why");
    }

    /** The leader approves the submitted text: the confirmation asks for the opinion first. */
    public IncidentReportPage approve(String opinion) {
        click("inc:approve");
        waitUntil(driver -> driver.findElement(By.id("inc:confirmDialog")).isDisplayed(), "the confirmation");
        type("inc:opinion", opinion);
        click("inc:confirm");
        return this;
    }

    /** The office records the sending of the approved stage. */
    public IncidentReportPage markSent(String isoDate, String channel, String reference, String recipient) {
        type("inc:channel", channel);
        type("inc:reference", reference);
        type("inc:recipient", recipient);
        // the date last: its calendar, closing, gives the focus back to the date and would take later keys
        typeDate("inc:sentOn_input", isoDate);
        screenshot("incident-sending-filled");
        click("inc:markSent");
        return this;
    }

    public IncidentReportPage waitForMessage(String text) {
        waitForText(By.id("inc:messages"), text);
        return this;
    }

    public IncidentReportPage waitForState(String state) {
        waitForText(By.id("state"), state);
        return this;
    }

    public String versions() {
        return text(By.id("inc:versions"));
    }

    public String sendings() {
        return text(By.id("inc:sendings"));
    }

    public String history() {
        return text(By.id("inc:history"));
    }
}
