package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/** annual/reports.xhtml: the annual reports of the scope, and the office's form to start one. */
public final class AnnualReportsPage extends Page {

    AnnualReportsPage(Browser browser) {
        super(browser);
    }

    public static AnnualReportsPage open(Browser browser) {
        browser.go("/annual/reports.xhtml");
        return new AnnualReportsPage(browser);
    }

    public String table() {
        return text(By.id("annual:table"));
    }

    /** The list with the form filled for a year and an enterprise, as the to-do list's link opens it. */
    public static AnnualReportsPage openFor(Browser browser, int year, String enterpriseCode) {
        browser.go("/annual/reports.xhtml?year=" + year + "&enterprise=" + enterpriseCode);
        return new AnnualReportsPage(browser);
    }

    /** The office starts the report the form names: the report's page opens. */
    public AnnualReportPage create() {
        click("annual:create");
        waitUntil(driver -> driver.getCurrentUrl().contains("/annual/report.xhtml"), "the new report's page");
        return new AnnualReportPage(browser);
    }
}
