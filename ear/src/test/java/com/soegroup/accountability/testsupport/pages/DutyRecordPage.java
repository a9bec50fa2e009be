package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

import java.nio.file.Path;
import java.util.List;

/** duty/record.xhtml: a new duty record's form, or a record with its participants, versions and steps. */
public final class DutyRecordPage extends Page {

    DutyRecordPage(Browser browser) {
        super(browser);
        browser.waitFor(By.xpath("//*[@id='record:create' or @id='recordNo']"));
    }

    public static DutyRecordPage open(Browser browser, String recordNo) {
        browser.go("/duty/record.xhtml?no=" + recordNo);
        return new DutyRecordPage(browser);
    }

    public DutyRecordPage enterprise(String label) {
        chooseInMenu("record:enterprise", label);
        return this;
    }

    /** The meeting's number; its date stays today's, which the form starts from. */
    public DutyRecordPage meeting(String number) {
        type("record:meetingNumber", number);
        return this;
    }

    public DutyRecordPage matter(String text) {
        type("record:matter", text);
        return this;
    }

    /** Row {@code index}: the person picked by name, the role and opinion chosen by their labels, the reasons. */
    public DutyRecordPage participant(int index, String name, String role, String opinion, String reasons) {
        if (index > 0) {
            int rows = driver().findElements(By.cssSelector("[id^='record:row:'][id$=':role']")).size();
            if (rows <= index) {
                click("record:addRow");
                waitUntil(driver -> !driver.findElements(By.id("record:row:" + index + ":role")).isEmpty(), "row " + index);
            }
        }
        new Picker(browser).choose("record:row:" + index + ":person", name, name);
        chooseInMenu("record:row:" + index + ":role", role);
        chooseInMenu("record:row:" + index + ":opinion", opinion);
        if (reasons != null) {
            type("record:row:" + index + ":reasons", reasons);
        }
        return this;
    }

    public DutyRecordPage create() {
        click("record:create");
        browser.waitFor(By.id("recordNo"));
        return new DutyRecordPage(browser);
    }

    public String recordNo() {
        return text(By.id("recordNo"));
    }

    public String status() {
        return text("record:status");
    }

    public String participants() {
        return text("record:participants");
    }

    public String versions() {
        return text("record:versions");
    }

    /** Confirms the draft in the dialog; the page shows 已确认 and no longer offers the edit. */
    public DutyRecordPage confirm() {
        click("record:confirm");
        waitUntil(driver -> driver.findElement(By.id("record:confirmDialog")).isDisplayed(), "the confirmation");
        click("record:confirmOk");
        waitForText(By.id("record:status"), "已确认");
        return this;
    }

    /** Chooses a document for the draft and uploads it; the page comes back with the file in its list. */
    public DutyRecordPage upload(Path file) {
        chooseFile(By.cssSelector("input[type='file'][id^='files:uploads']"), file);
        click("files:uploadFiles");
        waitForText(By.id("files:fileList"), file.getFileName().toString());
        return this;
    }

    public String files() {
        return text("files:fileList");
    }

    public boolean offersUpload() {
        return present(By.id("files:uploadFiles"));
    }

    public boolean offersEdit() {
        return present(By.id("record:edit"));
    }

    public boolean offersCorrection() {
        return present(By.id("record:correct"));
    }

    public List<String> outsideTheWidth() {
        return outsideTheWidth(By.id("recordNo"), By.id("record:participants"), By.id("files:documents"));
    }
}
