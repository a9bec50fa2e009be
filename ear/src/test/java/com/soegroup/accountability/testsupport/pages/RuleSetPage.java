package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;

/** rule/set.xhtml: one rule set with its status and tables. */
public final class RuleSetPage extends Page {

    RuleSetPage(Browser browser) {
        super(browser);
    }

    /** The set's status, in words (e.g. 草稿). */
    public String status() {
        return text("status");
    }
}
