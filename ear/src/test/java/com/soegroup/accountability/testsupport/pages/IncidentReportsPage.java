package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/** report/incident/reports.xhtml: the register of one-event-one-reports with its filters. */
public final class IncidentReportsPage extends Page {

    IncidentReportsPage(Browser browser) {
        super(browser);
    }

    public static IncidentReportsPage open(Browser browser) {
        browser.go("/report/incident/reports.xhtml");
        return new IncidentReportsPage(browser);
    }

    /** Shows only the overdue reports. */
    public IncidentReportsPage overdueOnly() {
        find(By.cssSelector("#register\\:overdue .ui-chkbox-box")).click();
        click("register:search");
        return this;
    }

    /** The table as the user reads it. */
    public String table() {
        return text(By.id("register:table"));
    }

    /** Opens a report by its number from the register. */
    public IncidentReportPage openReport(String reportNo) {
        find(By.linkText(reportNo)).click();
        return new IncidentReportPage(browser);
    }

    public IncidentReportsPage waitForRow(String text) {
        waitForText(By.id("register:table"), text);
        return this;
    }
}
