package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;

/** effect/bans.xhtml: the list of people banned from posts in state-owned enterprises. */
public final class BanListPage extends Page {

    BanListPage(Browser browser) {
        super(browser);
    }

    /** The line that says how many the list holds. */
    public String count() {
        return text("count");
    }
}
