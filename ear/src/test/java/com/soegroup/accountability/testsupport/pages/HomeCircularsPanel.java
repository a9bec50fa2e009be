package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/** The home page's panel 警示通报: the published circulars the user receives, unread first. */
public final class HomeCircularsPanel extends Page {

    HomeCircularsPanel(Browser browser) {
        super(browser);
    }

    public static HomeCircularsPanel open(Browser browser) {
        browser.go("/index.xhtml");
        return new HomeCircularsPanel(browser);
    }

    public String text() {
        return text(By.id("circulars"));
    }

    /** The number of unread circulars beside the panel's title; 0 when there is no badge. */
    public int unread() {
        return present(By.id("circulars-unread")) ? Integer.parseInt(text("circulars-unread").strip()) : 0;
    }

    /** Opens the circular whose title the panel shows (as its link). */
    public CircularPage openByTitle(String title) {
        find(By.xpath("//section[@id='circulars']//a[contains(., '" + title + "')]")).click();
        waitUntil(driver -> driver.getCurrentUrl().contains("/circular/circular.xhtml"), "the circular's page");
        // the page posts the opening after it shows: going on before that answers would race the receipt
        waitUntil(driver -> "posted".equals(driver.findElement(By.tagName("body")).getAttribute("data-circular-read")),
                "the opening posted");
        return new CircularPage(browser);
    }
}
