package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

import java.util.List;

/** duty/records.xhtml: the duty records of the scope, and a person's decision history. */
public final class DutyRecordsPage extends Page {

    DutyRecordsPage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("records:table"));
    }

    public static DutyRecordsPage open(Browser browser) {
        browser.go("/duty/records.xhtml");
        return new DutyRecordsPage(browser);
    }

    /** The menu's "新建履职记录". */
    public DutyRecordPage create() {
        click("records:create");
        return new DutyRecordPage(browser);
    }

    /** Searches a person's history by picking the person, as the page offers. */
    public DutyRecordsPage person(String name) {
        new Picker(browser).choose("records:person", name, name);
        click("records:search");
        waitForText(By.id("records:personShown"), name);
        return this;
    }

    public String table() {
        return text("records:table");
    }

    public List<String> outsideTheWidth() {
        return outsideTheWidth(By.id("records:search"), By.id("records:table"));
    }
}
