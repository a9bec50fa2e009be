package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/**
 * investigation/investigation.xhtml: a case with its loss items and level, the responsibility findings and the
 * fault-tolerance evaluations, the report and the way to the evidence.
 */
public final class InvestigationPage extends Page {

    InvestigationPage(Browser browser) {
        super(browser);
    }

    public static InvestigationPage open(Browser browser, String caseNo) {
        browser.go("/investigation/investigation.xhtml?no=" + caseNo);
        return new InvestigationPage(browser);
    }

    public String caseNo() {
        return text("caseNo");
    }

    // --- loss items

    public InvestigationPage fillItemDescription(String text) {
        type("inv:itemDescription", text);
        return this;
    }

    public InvestigationPage fillItemAmount(String amount) {
        type("inv:itemAmount_input", amount);
        return this;
    }

    /** The reference of the document the item rests on. */
    public InvestigationPage fillItemEvidence(String reference) {
        type("inv:itemEvidence", reference);
        return this;
    }

    /** Ticks an evidence file of the case, by its name, in the item's file menu. */
    public InvestigationPage tickItemEvidenceFile(String fileName) {
        tickInMenu("inv:itemEvidenceFiles", fileName);
        return this;
    }

    public InvestigationPage addItem() {
        click("inv:addItem");
        return this;
    }

    public InvestigationPage waitForItems(String text) {
        waitForText(By.id("inv:items"), text);
        return this;
    }

    /** Waits until the case's loss level reads so (e.g. 较大资产损失). */
    public InvestigationPage waitForLevel(String level) {
        waitForText(By.id("level"), level);
        return this;
    }

    // --- findings

    public InvestigationPage fillFindingFacts(String text) {
        type("inv:findingFacts", text);
        return this;
    }

    public InvestigationPage fillFindingEvidence(String text) {
        type("inv:findingEvidence", text);
        return this;
    }

    /** Ticks an aggravating circumstance, by its wording, in the finding's menu. */
    public InvestigationPage tickAggravating(String circumstance) {
        tickInMenu("inv:findingAggravating", circumstance);
        return this;
    }

    public InvestigationPage fillAggravatingReason(String text) {
        type("inv:findingAggravatingReason", text);
        return this;
    }

    public InvestigationPage recordFinding() {
        click("inv:recordFinding");
        return this;
    }

    public InvestigationPage waitForFindings(String text) {
        waitForText(By.id("inv:findings"), text);
        return this;
    }

    // --- fault tolerance

    /** Picks the proposed outcome (e.g. 减轻处理) from its menu. */
    public InvestigationPage chooseOutcome(String outcome) {
        chooseInMenu("inv:ftOutcome", outcome);
        return this;
    }

    /** Ticks a mitigating condition by its wording. */
    public InvestigationPage tickCondition(String condition) {
        tick("inv:ftConditions", condition);
        return this;
    }

    public InvestigationPage fillEvaluationEvidence(String text) {
        type("inv:ftEvidence", text);
        return this;
    }

    public InvestigationPage evaluate() {
        click("inv:evaluate");
        return this;
    }

    /** The leading group approves the evaluation proposed in that row of the findings (0 the first). */
    public InvestigationPage approveEvaluation(int row) {
        click("inv:findings:" + row + ":approve");
        return this;
    }

    // --- report and evidence

    /** The address of the report's PDF that the page links to. */
    public String reportLink() {
        return find(By.cssSelector("a[href$='/api/v1/investigations/" + caseNo() + "/report.pdf']")).getAttribute("href");
    }

    public EvidencePage evidence() {
        click("inv:evidence");
        return new EvidencePage(browser).waitUntilShown();
    }
}
