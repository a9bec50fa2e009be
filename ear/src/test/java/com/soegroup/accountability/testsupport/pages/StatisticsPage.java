package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Path;
import java.util.List;

/** statistics/dashboard.xhtml: the figures as charts and tables, each figure a way to the list behind it. */
public final class StatisticsPage extends Page {

    StatisticsPage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("sentence"));
    }

    public static StatisticsPage open(Browser browser) {
        browser.go("/statistics/dashboard.xhtml");
        return new StatisticsPage(browser);
    }

    /** The sentence above the figures (period and enterprise). */
    public String sentence() {
        return text("sentence");
    }

    /** The panel of a group (its chart and its table) as the user reads its table. */
    public String group(String id) {
        return text(By.id("group-" + id));
    }

    /** The figures' names of a group's table, as links or text, in order. */
    public List<String> names(String id) {
        return driver().findElements(By.cssSelector("#group-" + id + " .stat-figures tbody td:first-child")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    /**
     * Clicks the bar of the figure at that index in the group's chart, where the bar is drawn (Chart.js tells its
     * position), as the user clicks it with the mouse; the browser then goes to the list behind it.
     */
    public void clickBar(String id, int index) {
        WebElement canvas = find(By.cssSelector("#group-" + id + " canvas"));
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", canvas);
        waitUntil(d -> ((JavascriptExecutor) d).executeScript(
                "var c = Chart.getChart(arguments[0]); return !!(c && c.getDatasetMeta(0).data.length > arguments[1]);",
                canvas, index) == Boolean.TRUE, "the chart drawn");
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) ((JavascriptExecutor) driver()).executeScript(
                "var c = Chart.getChart(arguments[0]); var bar = c.getDatasetMeta(0).data[arguments[1]];"
                        + "var p = bar.getCenterPoint(); var r = arguments[0].getBoundingClientRect();"
                        + "return [p.x - r.width / 2, p.y - r.height / 2];", canvas, index);
        new Actions(driver()).moveToElement(canvas, point.get(0).intValue(), point.get(1).intValue()).click().perform();
    }

    /** The clue ledger the figure opened. */
    public ClueLedgerPage ledger() {
        waitUntil(d -> d.getCurrentUrl().contains("/clue/ledger.xhtml"), "the clue ledger");
        return new ClueLedgerPage(browser);
    }

    /** Exports every table to Excel: the file the browser saved. */
    public Path exportToExcel() {
        return browser.download(".xlsx", () -> click("statistics:exportXlsx"));
    }

    /** The dashboard's filters, panels and tables not wholly within the window's width. */
    public List<String> outsideTheWidth() {
        return outsideTheWidth(By.id("statistics:from"), By.id("statistics:search"), By.id("yoy"), By.id("group-clueSource"),
                By.id("indicators"));
    }
}
