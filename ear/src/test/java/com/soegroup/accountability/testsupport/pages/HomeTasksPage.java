package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;

import java.util.List;
import java.util.Map;

/** The home page's to-do list (index.xhtml, section "tasks"): one section per kind, its count, its rows. */
public final class HomeTasksPage extends Page {

    HomeTasksPage(Browser browser) {
        super(browser);
    }

    /** The to-do list of the home page the user just reached (after signing in). */
    public static HomeTasksPage of(HomePage home) {
        return new HomeTasksPage(home.browser);
    }

    public static HomeTasksPage open(Browser browser) {
        browser.go("/index.xhtml");
        return new HomeTasksPage(browser);
    }

    /** One kind's section as shown: its code, heading (kind and badges), count badge, overdue badge, row numbers. */
    public record Group(String kind, String heading, int count, int overdue, List<String> numbers, List<Boolean> redRows,
                        boolean more) {
    }

    public String title() {
        return find(By.cssSelector("#tasks .app-tasks-title")).getText();
    }

    public List<Group> groups() {
        find(By.id("tasks"));
        return driver().findElements(By.cssSelector("#tasks section.app-task-group")).stream().map(HomeTasksPage::group).toList();
    }

    private static Group group(WebElement section) {
        List<WebElement> overdue = section.findElements(By.cssSelector("h3 .app-task-overdue"));
        List<WebElement> rows = section.findElements(By.cssSelector("tbody tr"));
        return new Group(section.getAttribute("data-kind"), section.findElement(By.tagName("h3")).getText(),
                Integer.parseInt(section.findElement(By.cssSelector("h3 .app-task-count")).getText().strip()),
                overdue.isEmpty() ? 0 : Integer.parseInt(overdue.get(0).getText().replaceAll("\\D", "")),
                rows.stream().flatMap(r -> r.findElements(By.cssSelector("a.app-task-link")).stream()).map(WebElement::getText).toList(),
                rows.stream().map(r -> r.getAttribute("class").contains("clue-overdue")).toList(),
                !section.findElements(By.cssSelector("a.app-task-more")).isEmpty());
    }

    /** Follows the first row's link of a kind, one click to where the work is done; the address reached. */
    public String openFirst(String kind) {
        find(By.cssSelector("#task-" + kind + " a.app-task-link")).click();
        waitUntil(d -> !d.getCurrentUrl().contains("/index.xhtml"), "the task's page");
        return currentUrl();
    }

    /** Follows a kind's "更多" to the whole list; the kinds the list then shows. */
    public List<Group> more(String kind) {
        find(By.cssSelector("#task-" + kind + " a.app-task-more")).click();
        waitUntil(d -> d.getCurrentUrl().contains("/me/tasks.xhtml"), "the whole to-do list");
        return groups();
    }

    /**
     * Shows the page as a phone of that width shows it (a 390-px-wide screen, touch, the mobile viewport) and
     * answers whether anything of it lies beyond the right edge.
     */
    public boolean fitsWidth(int pixels) {
        ((ChromiumDriver) driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", pixels, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        driver().navigate().refresh();
        find(By.id("tasks"));
        Object overflow = ((JavascriptExecutor) driver()).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        return ((Number) overflow).intValue() <= 0;
    }

    public void desktop() {
        ((ChromiumDriver) driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
}
