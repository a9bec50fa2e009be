package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

import java.nio.file.Path;
import java.util.List;

/** clue/ledger.xhtml: the lazy ledger table with its filters and exports. */
public final class ClueLedgerPage extends Page {

    private static final By ROWS = By.cssSelector("#ledger\\:table_data tr");

    public ClueLedgerPage(Browser browser) {
        super(browser);
    }

    public static ClueLedgerPage open(Browser browser) {
        browser.go("/clue/ledger.xhtml");
        return new ClueLedgerPage(browser);
    }

    /** Types into the text filter and presses search. */
    public ClueLedgerPage search(String text) {
        find(By.id("ledger:text")).sendKeys(text);
        click("ledger:search");
        return this;
    }

    /** Waits until the table lists that clue and no other (the unfiltered page may show it too). */
    public ClueLedgerPage waitForOnly(String ledgerNo) {
        waitForText(By.cssSelector("#ledger\\:table_data"), ledgerNo);
        waitUntil(driver -> driver.findElements(ROWS).size() == 1, "one row");
        return this;
    }

    public String firstLedgerNo() {
        return text(By.cssSelector("#ledger\\:table_data tr .clue-no"));
    }

    /** The status filter's button, which says what it filters. */
    public String statusFilter() {
        return text("ledger:status").strip();
    }

    /** The ledger numbers the table lists, in order. */
    public List<String> ledgerNos() {
        return driver().findElements(By.cssSelector("#ledger\\:table_data tr .clue-no")).stream().map(e -> e.getText().strip()).toList();
    }

    /** The first day of the received-on filter as the field shows it. */
    public String receivedFrom() {
        return find(By.cssSelector("#ledger\\:from input")).getAttribute("value");
    }

    public String sourceFilter() {
        return text("ledger:source").strip();
    }

    /** The circumstance-area filter as the menu shows it. */
    public String areaFilter() {
        return text("ledger:area_label").strip();
    }

    /** Exports the filtered ledger to Excel, as the user downloads it: the file the browser saved. */
    public Path exportToExcel() {
        return browser.download(".xlsx", () -> click("ledger:exportXlsx"));
    }

    /** Types into the text filter without pressing search (the table still shows what it showed). */
    public ClueLedgerPage typeText(String text) {
        find(By.id("ledger:text")).sendKeys(text);
        return this;
    }

    /** The filter's text field and button, the register link and the table's box not wholly within the window's width. */
    public List<String> outsideTheWidth() {
        return outsideTheWidth(By.id("ledger:text"), By.id("ledger:search"), By.id("ledger:exportXlsx"), By.id("ledger:table"));
    }
}
