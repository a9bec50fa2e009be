package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;

/** org/people.xhtml: the people of the user's scope. */
public final class PeoplePage extends Page {

    PeoplePage(Browser browser) {
        super(browser);
    }

    /** The list as text. */
    public String list() {
        return text("people:list");
    }

    /** The details beside the list (of the person chosen, or of the one the page was opened for). */
    public String detail() {
        return text("people:detail");
    }
}
