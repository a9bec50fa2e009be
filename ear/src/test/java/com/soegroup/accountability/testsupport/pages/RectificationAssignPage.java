package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/** rectification/assign.xhtml: the office assigns a task, from a concluded case when opened from its page. */
public final class RectificationAssignPage extends Page {

    RectificationAssignPage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("assign:save"));
    }

    /** The page as "发起整改" on a concluded case opens it. */
    public static RectificationAssignPage fromCase(Browser browser, String caseNo) {
        browser.go("/investigation/investigation.xhtml?no=" + caseNo);
        browser.waitFor(By.id("inv:rectify")).click();
        return new RectificationAssignPage(browser);
    }

    public String origin() {
        return text(By.id("assign:origin"));
    }

    public RectificationAssignPage responsible(String typed, String label) {
        new Picker(browser).choose("assign:responsible", typed, label);
        return this;
    }

    public RectificationAssignPage department(String text) {
        type("assign:department", text);
        return this;
    }

    public RectificationAssignPage requirement(String text) {
        type("assign:requirement", text);
        return this;
    }

    public RectificationTaskPage save() {
        click("assign:save");
        return new RectificationTaskPage(browser);
    }
}
