package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

import java.nio.file.Path;

/** annual/filing.xhtml: the quarterly or half-year filing with its workbook. */
public final class FilingPage extends Page {

    FilingPage(Browser browser) {
        super(browser);
    }

    public static FilingPage open(Browser browser) {
        browser.go("/annual/filing.xhtml");
        return new FilingPage(browser);
    }

    public String titleLine() {
        return text("titleLine");
    }

    public String rows() {
        return text(By.id("filing:rows"));
    }

    public Path downloadXlsx() {
        return browser.download(".xlsx", () -> click("filing:xlsx"));
    }
}
