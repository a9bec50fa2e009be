package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** search/results.xhtml: what the header's search box found, with a tab per kind of record. */
public final class SearchPage extends Page {

    private static final By RESULTS = By.id("search:results_data");

    SearchPage(Browser browser) {
        super(browser);
    }

    /** The results page for a query typed into the address. */
    public static SearchPage open(Browser browser, String q) {
        browser.go("/search/results.xhtml?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        return new SearchPage(browser);
    }

    /** Types into the search box of the header (on every page after sign-in) and presses Enter. */
    public static SearchPage fromHeader(Browser browser, String text) {
        WebElement box = browser.waitFor(By.id("app-search-q"));
        box.clear();
        box.sendKeys(text, Keys.ENTER);
        SearchPage page = new SearchPage(browser);
        page.waitUntil(driver -> driver.getCurrentUrl().contains("/search/results.xhtml"), "the results page");
        return page;
    }

    /** Waits until the list shows the record of that number. */
    public SearchPage waitForResult(String number) {
        waitForText(RESULTS, number);
        return this;
    }

    /** The lines of the list as the user reads them. */
    public String results() {
        return text(RESULTS);
    }

    /** The numbers of the records listed, in their order. */
    public List<String> numbers() {
        return driver().findElements(By.cssSelector("#search\\:results_data .app-search-number")).stream()
                .map(WebElement::getText).toList();
    }

    /** The tabs with their counts, as one text ("全部 (3) 人员 (1) …"). */
    public String tabs() {
        return text("tabs");
    }

    /** Chooses the tab of a kind of record by its label. */
    public SearchPage chooseTab(String label) {
        find(By.xpath("//nav[@id='tabs']/a[contains(normalize-space(.), '" + label + "')]")).click();
        waitUntil(driver -> driver.findElements(By.cssSelector("#tabs a.active")).stream()
                .anyMatch(a -> a.getText().contains(label)), "the tab " + label + " chosen");
        return this;
    }

    /** The messages of the page (a query that cannot be searched says why). */
    public String message() {
        return text("search:messages");
    }

    /** The text in the header's search box. */
    public String box() {
        return value("app-search-q");
    }

    /** Opens the clue of the result with that number, with one click. */
    public ClueDetailPage openClue(String number) {
        open(number);
        return new ClueDetailPage(browser);
    }

    /** Opens the person of the result with that employee number, with one click. */
    public PeoplePage openPerson(String number) {
        open(number);
        return new PeoplePage(browser);
    }

    private void open(String number) {
        find(By.xpath("//tbody[@id='search:results_data']//a[.//span[@class='app-search-number' and normalize-space(.)='"
                + number + "']]")).click();
    }

    /**
     * Shows the page as a phone of that width shows it (a 390-px-wide screen, touch, the mobile viewport) and
     * answers whether anything of it lies beyond the right edge: the width of the document against the window's.
     */
    public boolean fitsWidth(int pixels) {
        ((ChromiumDriver) driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", pixels, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        driver().navigate().refresh();
        find(By.id("app-search-q"));
        Object overflow = ((JavascriptExecutor) driver()).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        return ((Number) overflow).intValue() <= 0;
    }

    /** Back to the window's own size. */
    public void desktop() {
        ((ChromiumDriver) driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
}
