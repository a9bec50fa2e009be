package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;

/** investigation/investigations.xhtml: the list of investigations and the form that opens one from accepted clues. */
public final class InvestigationsPage extends Page {

    InvestigationsPage(Browser browser) {
        super(browser);
    }

    /** The ledger numbers of the accepted clues the case is opened from. */
    public InvestigationsPage fillClues(String ledgerNumbers) {
        type("openForm:clues", ledgerNumbers);
        return this;
    }

    /** The employee numbers of the people investigated. */
    public InvestigationsPage fillSubjects(String employeeNumbers) {
        type("openForm:subjects", employeeNumbers);
        return this;
    }

    public InvestigationsPage fillTitle(String title) {
        type("openForm:title", title);
        return this;
    }

    public InvestigationsPage fillPlan(String plan) {
        type("openForm:plan", plan);
        return this;
    }

    public InvestigationPage openInvestigation() {
        click("openForm:open");
        return new InvestigationPage(browser);
    }
}
