package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/** rule/set.xhtml: one rule set with its status and tables. */
public final class RuleSetPage extends Page {

    RuleSetPage(Browser browser) {
        super(browser);
    }

    /** The set's status, in words (e.g. 草稿). */
    public String status() {
        return text("status");
    }

    public static RuleSetPage open(Browser browser, String code) {
        browser.go("/rule/set.xhtml?code=" + code);
        RuleSetPage page = new RuleSetPage(browser);
        page.find(By.id("status"));
        return page;
    }

    /** Records a filing (备案) of the set shown, confirming it in the dialog. */
    public RuleSetPage recordFiling(String isoDate, String reference, String filedWith) {
        type("set:filedWith", filedWith);
        type("set:filingReference", reference);
        waitUntil(driver -> filedWith.equals(value("set:filedWith")) && reference.equals(value("set:filingReference")),
                "the filing's fields filled in");
        find(By.id("set:filingDate_input")).clear();
        typeDate("set:filingDate_input", isoDate);
        click("set:filing");
        By yes = By.cssSelector(".ui-confirmdialog-yes");
        waitUntil(driver -> driver.findElement(yes).isDisplayed(), "the confirmation");
        find(yes).click();
        waitForText(By.id("set:filingList"), reference);
        return this;
    }

    /** The filings as the page lists them. */
    public String filings() {
        return text("set:filingList");
    }

    /** What the reference field holds (empty once a filing is kept). */
    public String referenceField() {
        return value("set:filingReference");
    }
}
