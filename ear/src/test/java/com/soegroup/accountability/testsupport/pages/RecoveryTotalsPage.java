package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

import java.util.List;

/** recovery/totals.xhtml: the recovery totals of an enterprise subtree in a year (追损统计). */
public final class RecoveryTotalsPage extends Page {

    /** The menu item that leads here. */
    public static final String MENU_ITEM = "追损统计";

    RecoveryTotalsPage(Browser browser) {
        super(browser);
    }

    public static RecoveryTotalsPage open(Browser browser) {
        browser.go("/recovery/totals.xhtml");
        RecoveryTotalsPage page = new RecoveryTotalsPage(browser);
        page.find(By.id("tot:totals"));
        return page;
    }

    /** A total as shown: Determined, Recovered, Irrecoverable, Outstanding, or a method's code (e.g. LITIGATION). */
    public String total(String which) {
        return text(By.id("tot" + which));
    }

    public List<String> outsideTheWidth() {
        return outsideTheWidth(By.id("tot:year"), By.id("tot:show"), By.id("totOutstanding"));
    }
}
