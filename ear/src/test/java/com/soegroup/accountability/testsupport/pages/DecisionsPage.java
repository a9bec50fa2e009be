package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;

/** decision/decisions.xhtml: the decisions, and the form that proposes one from a concluded case's engine row. */
public final class DecisionsPage extends Page {

    DecisionsPage(Browser browser) {
        super(browser);
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

    public DecisionPage propose() {
        click("newForm:propose");
        return new DecisionPage(browser);
    }
}
