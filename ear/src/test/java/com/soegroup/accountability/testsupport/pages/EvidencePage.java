package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.nio.file.Path;

/** investigation/evidence.xhtml: a case's evidence files (upload, list, withdrawal) and the team's notes. */
public final class EvidencePage extends Page {

    private static final By FILE_INPUT = By.id("ev:file_input");

    EvidencePage(Browser browser) {
        super(browser);
    }

    public static EvidencePage open(Browser browser, String caseNo) {
        browser.go("/investigation/evidence.xhtml?no=" + caseNo);
        return new EvidencePage(browser);
    }

    EvidencePage waitUntilShown() {
        find(By.id("ev:files"));
        return this;
    }

    public String caseNo() {
        return text("caseNo");
    }

    /** Picks the basis of the next file (e.g. 会计师事务所审计报告) from its menu. */
    public EvidencePage chooseBasis(String basis) {
        chooseInMenu("ev:basis", basis);
        return this;
    }

    public EvidencePage fillDocumentReference(String reference) {
        type("ev:documentReference", reference);
        return this;
    }

    /** Chooses the file in the upload widget (which checks it in the browser at once). */
    public EvidencePage chooseFile(Path file) {
        chooseFile(FILE_INPUT, file);
        return this;
    }

    /** Chooses the file and presses the widget's upload button. */
    public EvidencePage upload(Path file) {
        chooseFile(file);
        find(By.cssSelector("#ev\\:file .ui-fileupload-upload")).click();
        return this;
    }

    /**
     * Turns off the upload widget's own checks of type and size in this browser, so that the server's checks are
     * what the next upload meets. No user does this through the page: it stands for a browser whose scripts were
     * changed, or another client; and no click or key does it, so it is done by script, the one place here.
     */
    public EvidencePage withoutTheBrowsersFileChecks() {
        ((JavascriptExecutor) driver()).executeScript(
                "$(document.getElementById('ev:file_input')).removeData().removeAttr('data-p-val data-p-sizelimit data-p-allowtypes');");
        return this;
    }

    /** Waits until the messages of the upload (the server's answer) say so. */
    public EvidencePage waitForUploadMessage(String text) {
        waitForText(By.id("ev:uploadMessages"), text);
        return this;
    }

    /** Waits until the upload widget's own messages (its checks in the browser) say so. */
    public EvidencePage waitForWidgetMessage(String text) {
        waitForText(By.cssSelector("#ev\\:file .ui-fileupload-messages"), text);
        return this;
    }

    /** Waits until the page's messages say so (e.g. that the case is not found). */
    public EvidencePage waitForMessage(String text) {
        waitForText(By.id("ev:messages"), text);
        return this;
    }

    public EvidencePage waitForFiles(String text) {
        waitForText(By.id("ev:files"), text);
        return this;
    }

    /** The table of the files, as text. */
    public String files() {
        return text("ev:files");
    }

    public boolean showsFiles() {
        return present(By.id("ev:files"));
    }

    /** How many files the table lists. */
    public int fileCount() {
        return driver().findElements(By.cssSelector("#ev\\:files_data tr[data-ri]")).size();
    }

    /** The whole SHA-256 of the file in that row (0 the first), the tooltip of its shortened form. */
    public String sha256(int row) {
        return find(By.id("ev:files:" + row + ":sha256")).getAttribute("title");
    }

    /** The address the file's download link in that row points to. */
    public String downloadLink(int row) {
        return find(By.id("ev:files:" + row + ":download")).getAttribute("href");
    }

    /** Withdraws the file of that row with the reason, through the confirmation dialog. */
    public EvidencePage withdraw(int row, String reason) {
        click("ev:files:" + row + ":withdraw");
        type("ev:withdrawReason", reason);
        click("ev:confirmWithdraw");
        return this;
    }

    public boolean offersWithdrawal(int row) {
        return present(By.id("ev:files:" + row + ":withdraw"));
    }

    public EvidencePage writeNote(String text) {
        type("ev:note", text);
        click("ev:addNote");
        return this;
    }

    public EvidencePage waitForNotes(String text) {
        waitForText(By.id("ev:notes"), text);
        return this;
    }

    public boolean showsNotes() {
        return present(By.id("ev:notesPanel"));
    }

    /** Back to the case's page. */
    public InvestigationPage backToCase() {
        click("ev:back");
        return new InvestigationPage(browser);
    }
}
