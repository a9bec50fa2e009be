package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

import java.util.List;

/** report/follow.xhtml: where the reporter follows a report with its receipt code. */
public final class FollowReportPage extends Page {

    FollowReportPage(Browser browser) {
        super(browser);
    }

    public static FollowReportPage open(Browser browser) {
        browser.go("/report/follow.xhtml");
        return new FollowReportPage(browser);
    }

    public FollowReportPage enterReceipt(String receipt) {
        type("follow:receipt", receipt);
        return this;
    }

    public FollowReportPage show() {
        click("follow:show");
        return this;
    }

    /** The receipt field and its button not wholly within the window's width. */
    public List<String> formOutsideTheWidth() {
        return outsideTheWidth(By.id("follow:receipt"), By.id("follow:show"));
    }

    /** The message field and its button, under a report shown, not wholly within the window's width. */
    public List<String> messageOutsideTheWidth() {
        return outsideTheWidth(By.id("status"), By.id("follow:text"), By.id("follow:send"));
    }

    /** The report's status, in words. */
    public String status() {
        return text("status");
    }
}
