package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/** investigation/investigations.xhtml: the list of investigations and the form that opens one from accepted clues. */
public final class InvestigationsPage extends Page {

    InvestigationsPage(Browser browser) {
        super(browser);
    }

    /** The clue the opening form was started from, as its page shows it. */
    public String clueNo() {
        return text("openForm:clueNo");
    }

    /** The subjects chosen in the picker (those carried over from the clue first), as shown. */
    public String subjects() {
        return text(By.id("openForm:subjects"));
    }

    /** Finds a person by what is typed (name or employee number) and chooses the suggestion showing {@code label}. */
    public InvestigationsPage pickSubject(String typed, String label) {
        pick(browser, "openForm:subjects", typed, label);
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

    /** A PrimeFaces autoComplete picker: type, wait for the suggestion, choose it. */
    static void pick(Browser browser, String pickerId, String typed, String label) {
        new Picker(browser).choose(pickerId, typed, label);
    }

    public InvestigationPage openInvestigation() {
        click("openForm:open");
        return new InvestigationPage(browser);
    }
}
