package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** report/index.xhtml: the public form in which someone without an account reports (信访举报). */
public final class AnonymousReportPage extends Page {

    AnonymousReportPage(Browser browser) {
        super(browser);
    }

    public static AnonymousReportPage open(Browser browser) {
        browser.go("/report/index.xhtml");
        return new AnonymousReportPage(browser);
    }

    /** Picks the enterprise the report is about, by its code (a plain select). */
    public AnonymousReportPage chooseEnterprise(String code) {
        new Select(find(By.id("report:enterprise"))).selectByValue(code);
        return this;
    }

    public AnonymousReportPage fillSummary(String text) {
        type("report:summary", text);
        return this;
    }

    public AnonymousReportPage fillPersons(String text) {
        type("report:persons", text);
        return this;
    }

    public AnonymousReportPage attach(Path file) {
        chooseFile(By.id("report:files"), file);
        return this;
    }

    /** Takes the chosen files off the form again, as the file chooser does when cancelled. */
    public AnonymousReportPage removeAttachments() {
        driver().findElement(By.id("report:files")).clear();
        return this;
    }

    /** Sends the form (the whole page is posted; on success it gives way to the receipt). */
    public AnonymousReportPage submit() {
        driver().findElement(By.id("report:submit")).click();
        return this;
    }

    /** Waits until the form's messages say so (the page is being left meanwhile: the answer is waited for). */
    public AnonymousReportPage waitForMessage(String text) {
        waitForText(By.id("report:messages"), text);
        return this;
    }

    public String messages() {
        return text("report:messages");
    }

    /** What the page says when it keeps a file from being sent (too large for the server). */
    public String uploadLimitMessage() {
        return text(By.cssSelector(".upload-limits-message"));
    }

    /** The summary as the form holds it now. */
    public String summary() {
        return value("report:summary");
    }

    /** The receipt code shown once the report is sent. */
    public String receipt() {
        return text("receipt");
    }

    /** The form's fields and its button not wholly within the window's width (see {@link #outsideTheWidth}). */
    public List<String> formOutsideTheWidth() {
        return outsideTheWidth(By.id("report:enterprise"), By.id("report:summary"), By.id("report:persons"),
                By.id("report:possibleLoss"), By.id("report:reporterContact"), By.id("report:files"), By.id("report:submit"),
                By.id("report:followLink"));
    }

    /** The receipt and its buttons not wholly within the window's width. */
    public List<String> receiptOutsideTheWidth() {
        return outsideTheWidth(By.id("receipt"), By.id("copyReceipt"), By.id("printReceipt"));
    }

    /** The link under the form to follow a report already sent. */
    public FollowReportPage followReport() {
        click("report:followLink");
        return new FollowReportPage(browser);
    }

    /** Presses 复制查询码 and waits for the sentence that says what happened. */
    public AnonymousReportPage copyReceipt() {
        click("copyReceipt");
        waitUntil(driver -> !driver.findElement(By.id("receiptStatus")).getText().isBlank(), "the copy button's sentence");
        return this;
    }

    /** What the page says after the copy button was pressed. */
    public String copyStatus() {
        return text("receiptStatus");
    }

    /** The text the user sees selected on the page. */
    public String selectedText() {
        return String.valueOf(((JavascriptExecutor) driver()).executeScript("return window.getSelection().toString();"));
    }

    /**
     * What the browser's clipboard holds, read as a page of the application may once the user allowed it (the test's
     * browser allows it here).
     */
    public String clipboard() {
        ((ChromiumDriver) driver()).executeCdpCommand("Browser.grantPermissions", Map.of(
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        return String.valueOf(((JavascriptExecutor) driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "navigator.clipboard.readText().then(done, function (e) { done('unreadable: ' + e); });"));
    }

    /** Whether the print button is there to press (it is shown by the page's script). */
    public boolean offersPrint() {
        return find(By.id("printReceipt")).isDisplayed();
    }

    /** The text a printer would put on paper (the print stylesheet applied), as the printed page reads. */
    public String printedText() {
        ChromiumDriver chromium = (ChromiumDriver) driver();
        chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            return String.valueOf(((JavascriptExecutor) driver()).executeScript("return document.body.innerText;"));
        } finally {
            chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
