package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/** org/enterprises.xhtml: the group's tree, and the enterprise chosen in it with its assets and history. */
public final class EnterprisesPage extends Page {

    EnterprisesPage(Browser browser) {
        super(browser);
    }

    /** The tree as text. */
    public String tree() {
        return text("tree:enterprises");
    }

    /** Clicks the enterprise's name in the tree and waits until its details show. */
    public EnterprisesPage select(String name) {
        find(By.xpath("//span[text()='" + name + "']")).click();
        waitForText(By.id("detailName"), name);
        return this;
    }

    /** How many years of assets the chosen enterprise's table lists. */
    public int assetYears() {
        return driver().findElements(By.cssSelector("[id='tree:assets_data'] tr")).size();
    }

    public String history() {
        return text("tree:history");
    }
}
