package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;

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

    /** The report's status, in words. */
    public String status() {
        return text("status");
    }
}
