package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/** decision/decision.xhtml: one decision, its legality review and the moves of its lifecycle. */
public final class DecisionPage extends Page {

    DecisionPage(Browser browser) {
        super(browser);
    }

    public static DecisionPage open(Browser browser, String decisionNo) {
        browser.go("/decision/decision.xhtml?no=" + decisionNo);
        return new DecisionPage(browser);
    }

    public String decisionNo() {
        return text("decisionNo");
    }

    public String measures() {
        return text("measures");
    }

    /** The circumstances (违规情形) the decision takes from the finding of its person. */
    public String violations() {
        return text("violations");
    }

    /** Whether the decision keeps to the engine's recommendation, in words. */
    public String deviation() {
        return text("deviation");
    }

    /** The office records the legality review by the reviewer with the opinion. */
    public DecisionPage recordLegalReview(String reviewer, String opinion) {
        type("dec:reviewer", reviewer);
        type("dec:opinion", opinion);
        click("dec:legalReview");
        return this;
    }

    public DecisionPage waitForLegalReview(String text) {
        waitForText(By.id("legalReview"), text);
        return this;
    }

    /** The leading group approves the decision. */
    public DecisionPage approve() {
        return move("APPROVED");
    }

    /** The office records that the decision was served: it takes effect. */
    public DecisionPage serve() {
        return move("EFFECTIVE");
    }

    public DecisionPage waitForStatus(String status) {
        waitForText(By.id("status"), status);
        return this;
    }

    /** The leading group approves the decision with an opinion, confirming it. */
    public DecisionPage approve(String opinion) {
        find(By.cssSelector(".app-move-APPROVED")).click();
        waitUntil(driver -> driver.findElement(By.id("dec:moveDialog")).isDisplayed(), "the confirmation");
        type("dec:moveOpinion", opinion);
        click("dec:confirmMove");
        return this;
    }

    /** Each step is confirmed in a dialog (an approval with an optional opinion). */
    private DecisionPage move(String to) {
        find(By.cssSelector(".app-move-" + to)).click();
        waitUntil(driver -> driver.findElement(By.id("dec:moveDialog")).isDisplayed(), "the confirmation");
        click("dec:confirmMove");
        return this;
    }

    /** The decision's history, opinions included. */
    public String history() {
        return text(By.id("dec:history"));
    }
}
