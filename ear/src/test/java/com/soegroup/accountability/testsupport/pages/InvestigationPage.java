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

    /** Picks a circumstance found (违规情形) for the finding with the two-level picker. */
    public InvestigationPage pickViolation(String article, String item, String chip) {
        new CircumstancePicker(browser).pick("inv:findingViolations", article, item, chip);
        return this;
    }

    /** Chooses whose finding the form records, by the line the menu shows. */
    public InvestigationPage chooseFindingSubject(String label) {
        chooseInMenu("inv:findingSubject", label);
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

    /** The leading group approves the evaluation proposed in that row of the findings (0 the first), confirming it. */
    public InvestigationPage approveEvaluation(int row) {
        return approveEvaluation(row, null);
    }

    /** The same with an opinion typed into the confirmation. */
    public InvestigationPage approveEvaluation(int row, String opinion) {
        click("inv:findings:" + row + ":approve");
        waitUntil(driver -> driver.findElement(By.id("inv:ftDialog")).isDisplayed(), "the confirmation");
        if (opinion != null) {
            type("inv:ftOpinion", opinion);
        }
        click("inv:confirmFt");
        return this;
    }

    // --- the guided workflow

    /** What the page says must happen next, and by whom. */
    public String nextStep() {
        return text(By.id("inv:nextStep"));
    }

    /** The step's button (by the status it moves to) is shown but cannot be clicked. */
    public boolean stepDisabled(String to) {
        return find(By.cssSelector("#inv\\:actions .app-move-" + to)).getAttribute("class").contains("ui-state-disabled");
    }

    /** The sentence beside the steps that cannot be taken yet. */
    public String stepsText() {
        return text(By.id("inv:actions"));
    }

    /** Takes a step (by the status it moves to): the confirmation with the opinion (or reason) typed, confirmed. */
    public InvestigationPage takeStep(String to, String opinion) {
        find(By.cssSelector("#inv\\:actions .app-move-" + to)).click();
        waitUntil(driver -> driver.findElement(By.id("inv:moveDialog")).isDisplayed(), "the confirmation");
        if (opinion != null) {
            type("inv:opinion", opinion);
        }
        click("inv:confirmMove");
        return this;
    }

    /** The numbers of the clues the case was opened from, as the page lists them (、 between). */
    public String clues() {
        return text(By.id("clues"));
    }

    /** The line of the handling unit now (现承办单位 …, confirmed or not, the hand-over's date and reference). */
    public String jurisdiction() {
        return text(By.id("jurisdictionCurrent"));
    }

    /** OFFICE confirms the proposed handling unit; when the case moves, the hand-over gets this reference number. */
    public InvestigationPage confirmHandOver(String reference) {
        click("inv:openHandOver");
        waitUntil(driver -> driver.findElement(By.id("inv:handOverDialog")).isDisplayed(), "the hand-over form");
        type("inv:handOverReference", reference);
        click("inv:confirmHandOver");
        return this;
    }

    /** The question the confirmation asks (read before confirming). */
    public String confirmationQuestion(String to) {
        find(By.cssSelector("#inv\\:actions .app-move-" + to)).click();
        waitUntil(driver -> driver.findElement(By.id("inv:moveDialog")).isDisplayed(), "the confirmation");
        return text(By.id("moveQuestion"));
    }

    public InvestigationPage waitForStatus(String status) {
        waitForText(By.id("status"), status);
        return this;
    }

    /** The message the page shows after an action. */
    public InvestigationPage waitForMessage(String text) {
        waitForText(By.id("inv:messages"), text);
        return this;
    }

    /** The office picks a person who can sign in (by name) and puts them on the team in the role (组长, 组员). */
    public InvestigationPage assignMember(String typed, String label, String role, String department) {
        new Picker(browser).choose("inv:memberUser", typed, label);
        type("inv:memberDepartment", department);
        chooseInMenu("inv:memberRole", role);
        click("inv:assign");
        return this;
    }

    public InvestigationPage waitForTeam(String text) {
        waitForText(By.id("inv:team"), text);
        return this;
    }

    /** The recusal screen: what it says about the case (title, unit, subjects). */
    public String recusalBrief() {
        return text(By.id("recusalBrief"));
    }

    public InvestigationPage declareNoConflict(String statement) {
        type("inv:statement", statement);
        click("inv:noConflict");
        return this;
    }

    /** The case record (history), opinions included. */
    public String history() {
        return text(By.id("inv:history"));
    }

    /** The way to the decision form of a concluded case. */
    public DecisionsPage toDecision() {
        click("inv:decide");
        return new DecisionsPage(browser);
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

    /** The case's recovery page, from the link beside the loss's figures. */
    public RecoveryPage recovery() {
        click("inv:recoveryPage");
        return new RecoveryPage(browser).waitUntilShown();
    }

    /** The recovery figures the loss panel shows, as text (empty when it shows none). */
    public String recoveryFigures() {
        return present(By.id("inv:recoveryBox")) ? text("inv:recoveryBox") : "";
    }
}
