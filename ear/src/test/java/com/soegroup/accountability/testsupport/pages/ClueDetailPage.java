package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

import java.util.List;

/** clue/detail.xhtml: a clue with its history and the state changes the user may make, through a dialog. */
public final class ClueDetailPage extends Page {

    ClueDetailPage(Browser browser) {
        super(browser);
    }

    public static ClueDetailPage open(Browser browser, String ledgerNo) {
        browser.go("/clue/detail.xhtml?no=" + ledgerNo);
        return new ClueDetailPage(browser);
    }

    public String ledgerNo() {
        return text("clue:ledgerNo");
    }

    public String summary() {
        return text("clue:summary");
    }

    /** 开始初步核实: the dialog filled with the handler, the deadline and the reason, and applied. */
    public ClueDetailPage startChecking(String handler, String deadline, String reason) {
        find(By.xpath("//button[.//span[text()='开始初步核实']]")).click();
        type("clue:handler", handler);
        typeDate("clue:deadline_input", deadline);
        type("clue:reason", reason);
        click("clue:apply");
        return this;
    }

    /** Waits until the heading shows the status (e.g. 初步核实). */
    public ClueDetailPage waitForStatus(String status) {
        waitForText(By.id("clue:status"), status);
        return this;
    }

    /** The one-event-one-report's line (一事一报告：number and state), empty when the page shows none. */
    public String incidentReport() {
        return present(By.id("clue:incidentReport")) ? text(By.id("clue:incidentReport")) : "";
    }

    /** Follows the clue's link to its one-event-one-report. */
    public IncidentReportPage openIncidentReport() {
        click("clue:incidentReport");
        IncidentReportPage report = new IncidentReportPage(browser);
        waitUntil(driver -> !driver.findElements(By.id("reportNo")).isEmpty(), "the incident report page");
        return report;
    }

    /** "立项调查" on an accepted clue: the opening form with the clue and its persons concerned. */
    public InvestigationsPage startInvestigation() {
        click("clue:startInvestigation");
        return new InvestigationsPage(browser);
    }

    /** The circumstances suspected as the page lists them (or the picker, while classifying). */
    public String circumstances() {
        return text("clue:circumstances");
    }

    /** 修改违规情形: opens the picker, picks one more circumstance, saves, and waits for the page to list it. */
    public ClueDetailPage addViolation(String article, String item, String chip) {
        click("clue:classify");
        waitUntil(driver -> !driver.findElements(By.id("clue:circumstancePicker")).isEmpty(), "the circumstance picker");
        new CircumstancePicker(browser).pick("clue:circumstancePicker", article, item, chip);
        click("clue:saveCircumstances");
        waitUntil(driver -> driver.findElements(By.id("clue:circumstancePicker")).isEmpty(), "the saved circumstances");
        waitForText(By.id("clue:circumstances"), chip);
        return this;
    }

    /** Opens the circumstance picker without choosing anything (to look at it). */
    public ClueDetailPage openClassifying() {
        click("clue:classify");
        waitUntil(driver -> !driver.findElements(By.id("clue:circumstancePicker")).isEmpty(), "the circumstance picker");
        return this;
    }

    /** The picker's two levels and its button, where not wholly within the window's width. */
    public List<String> pickerOutsideTheWidth() {
        return outsideTheWidth(By.id("clue:circumstancePickerArticle"), By.id("clue:circumstancePickerItem"),
                By.id("clue:circumstancePickerAdd"));
    }

    /** The history table (办理记录), as text. */
    public String history() {
        return text("clue:history");
    }

    /** The supervision block (挂牌督办) with its leader and start, as text. */
    public String supervision() {
        return text(By.id("supervision"));
    }

    /** The heading, the summary, the history's box and the first action not wholly within the window's width. */
    public List<String> outsideTheWidth() {
        return outsideTheWidth(By.id("clue:ledgerNo"), By.id("clue:summary"), By.id("clue:history"),
                By.xpath("//button[.//span[text()='开始初步核实']]"));
    }
}
