package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/** decision/decisions.xhtml: the decisions, and the form that proposes one from a concluded case's engine row. */
public final class DecisionsPage extends Page {

    DecisionsPage(Browser browser) {
        super(browser);
    }

    /** The page the browser shows now (opened by address, e.g. with {@code ?case=…}). */
    public static DecisionsPage at(Browser browser) {
        return new DecisionsPage(browser);
    }

    /** Enters the concluded case's number and loads its subjects with the engine's recommendation. */
    public DecisionsPage loadCase(String caseNo) {
        type("newForm:caseNo", caseNo);
        click("newForm:loadCase");
        return this;
    }

    /** The measures the engine recommends, in words. */
    public String recommendedMeasures() {
        return text("recommendedMeasures");
    }

    /** Ticks a measure (e.g. 降职) by its name. */
    public DecisionsPage tickMeasure(String measure) {
        tick("newForm:measures", measure);
        return this;
    }

    /** Fills the further pay terms (defer, end rights, hand back, bar) as the engine's row recommends. */
    public DecisionsPage applyRecommendedTerms() {
        click("newForm:applyRecommended");
        waitUntil(driver -> driver.findElement(By.id("newForm:defer_input")).isSelected(), "the recommended terms filled in");
        return this;
    }

    /** The outcome the form starts from, as shown. */
    public String outcome() {
        return text(By.id("newForm:outcome_label"));
    }

    /** Whether a further pay term's box (defer, endRights, barPermanent) is ticked. */
    public boolean ticked(String id) {
        return driver().findElement(By.id("newForm:" + id + "_input")).isSelected();
    }

    public String furtherTermsHint() {
        return text(By.id("furtherTermsHint"));
    }

    /** What the page says instead of the form for a case not yet concluded. */
    public String notConcluded() {
        return text(By.id("newForm:notConcluded"));
    }

    public DecisionPage propose() {
        click("newForm:propose");
        return new DecisionPage(browser);
    }
}
