package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** recovery/recovery.xhtml: a case's recovery — figures, events with reversals, HR's claw-backs, the write-off. */
public final class RecoveryPage extends Page {

    RecoveryPage(Browser browser) {
        super(browser);
    }

    public static RecoveryPage open(Browser browser, String caseNo) {
        browser.go("/recovery/recovery.xhtml?no=" + caseNo);
        return new RecoveryPage(browser).waitUntilShown();
    }

    RecoveryPage waitUntilShown() {
        find(By.id("rec:events"));
        return this;
    }

    public String caseNo() {
        return text("caseNo");
    }

    /** A figure of the case as shown: determined, recovered, outstanding, rate. */
    public String figure(String which) {
        return text(By.cssSelector("[id$='fig" + which + "']"));
    }

    public RecoveryPage chooseItem(String description) {
        chooseInMenu("rec:item", description);
        return this;
    }

    public RecoveryPage fillDate(String isoDate) {
        typeDate("rec:recoveredOn_input", isoDate);
        return this;
    }

    public RecoveryPage fillAmount(String amount) {
        type("rec:amount_input", amount);
        return this;
    }

    public RecoveryPage chooseMethod(String method) {
        chooseInMenu("rec:method", method);
        return this;
    }

    /** The ways a recovery may be recorded, as the method menu offers them. */
    public List<String> methods() {
        return driver().findElements(By.cssSelector("#rec\\:method_input option")).stream()
                .map(o -> o.getAttribute("textContent").strip()).toList();
    }

    public RecoveryPage fillReference(String reference) {
        type("rec:reference", reference);
        return this;
    }

    public RecoveryPage fillEvidence(String evidence) {
        type("rec:evidence", evidence);
        return this;
    }

    public RecoveryPage record() {
        click("rec:record");
        return this;
    }

    /** What the amount field holds now (empty once the form cleared after saving). */
    public String amountField() {
        return value("rec:amount_input");
    }

    /** Reverses the event of that row (0 the newest) with the reason, through the confirmation dialog. */
    public RecoveryPage reverse(int row, String reason) {
        click("rec:events:" + row + ":reverse");
        find(By.id("reverseQuestion"));
        type("rec:reverseReason", reason);
        click("rec:confirmReverse");
        return this;
    }

    public boolean offersReversal(int row) {
        return present(By.id("rec:events:" + row + ":reverse"));
    }

    /** The events table as text. */
    public String events() {
        return text("rec:events");
    }

    public int eventCount() {
        return driver().findElements(By.cssSelector("#rec\\:events_data tr[data-ri]")).size();
    }

    public RecoveryPage waitForMessage(String text) {
        waitForText(By.id("rec:messages"), text);
        return this;
    }

    public RecoveryPage waitForEvents(String text) {
        waitForText(By.id("rec:events"), text);
        return this;
    }

    /** Why the form to record is not offered, or empty when it is. */
    public String recordBlocked() {
        List<WebElement> reason = driver().findElements(By.id("rec:recordBlocked"));
        return reason.isEmpty() ? "" : reason.get(0).getText();
    }

    /** The form's fields and buttons not wholly within the window's width. */
    public List<String> outsideTheWidth() {
        return outsideTheWidth(By.id("rec:figuresPanel"), By.id("rec:record"), By.id("rec:evidence"));
    }
}
