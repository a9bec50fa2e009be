package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/** circular/circulars.xhtml: the circulars the user may read, and the office's form to draft one from a decided case. */
public final class CircularsPage extends Page {

    CircularsPage(Browser browser) {
        super(browser);
    }

    public static CircularsPage open(Browser browser) {
        browser.go("/circular/circulars.xhtml");
        return new CircularsPage(browser);
    }

    public String table() {
        return text(By.id("circulars:table"));
    }

    public CircularsPage waitForRow(String circularNo) {
        waitForText(By.id("circulars:table"), circularNo);
        return this;
    }

    /** The office chooses a decided case by its number (shown in the option) and drafts; the circular's page opens. */
    public CircularPage draft(String caseNo) {
        chooseInMenu("circulars:caseNo", By.xpath("//*[@id='circulars:caseNo_panel']//li[contains(@data-label,'" + caseNo + "')]"),
                shown -> shown.contains(caseNo), caseNo);
        click("circulars:draft");
        waitUntil(driver -> driver.getCurrentUrl().contains("/circular/circular.xhtml"), "the drafted circular's page");
        return new CircularPage(browser);
    }

    public CircularPage openCircular(String circularNo) {
        find(By.linkText(circularNo)).click();
        waitUntil(driver -> driver.getCurrentUrl().contains("no=" + circularNo), "the circular's page");
        return new CircularPage(browser);
    }
}
