package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

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

    /**
     * The table as the user reads it. A filter's request may still be replacing the table when the row it waited for
     * shows in the old one: read the new table then.
     */
    public String table() {
        for (int attempt = 1; ; attempt++) {
            try {
                return text(By.id("register:table"));
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 3) {
                    throw replaced;
                }
            }
        }
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
