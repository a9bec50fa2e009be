package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;

/** clue/register.xhtml: the form in which the office or a liaison registers a clue. */
public final class ClueRegisterPage extends Page {

    ClueRegisterPage(Browser browser) {
        super(browser);
    }

    /** Picks where the clue came from, by the name the menu shows (e.g. 审计发现). */
    public ClueRegisterPage chooseSource(String label) {
        chooseInMenu("register:source", label);
        return this;
    }

    public ClueRegisterPage fillSummary(String text) {
        type("register:summary", text);
        return this;
    }

    public ClueRegisterPage fillPossibleLoss(String amount) {
        type("register:possibleLoss_input", amount);
        return this;
    }

    public ClueDetailPage save() {
        click("register:save");
        return new ClueDetailPage(browser);
    }
}
