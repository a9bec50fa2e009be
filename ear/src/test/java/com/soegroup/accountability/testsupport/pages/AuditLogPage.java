package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

import java.nio.file.Path;

/** audit/log.xhtml: the audit trail with its filters and the check of its hash chain. */
public final class AuditLogPage extends Page {

    AuditLogPage(Browser browser) {
        super(browser);
    }

    /** Presses the chain check and waits for its answer. */
    public AuditLogPage checkChain() {
        click("audit:verify");
        waitForText(By.id("audit:messages"), "哈希链");
        return this;
    }

    public String messages() {
        return text("audit:messages");
    }

    /** The log's entries, as text. */
    public String log() {
        return text("audit:log");
    }

    /** Narrows the log to one object's entries and waits until the table shows only them. */
    public AuditLogPage forObject(String objectId) {
        type("audit:objectId", objectId);
        click("audit:search");
        waitUntil(driver -> driver.findElements(By.cssSelector("#audit\\:log_data tr")).stream()
                .allMatch(row -> row.getText().contains(objectId)), "only the entries of " + objectId);
        return this;
    }

    /** Exports the log as filtered on screen to Excel, as the user downloads it: the file the browser saved. */
    public Path exportToExcel() {
        return browser.download(".xlsx", () -> click("audit:exportXlsx"));
    }
}
