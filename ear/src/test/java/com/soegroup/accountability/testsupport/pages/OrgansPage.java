package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/** org/organs.xhtml: an enterprise's leading group and office with their members, and the report's downloads. */
public final class OrgansPage extends Page {

    OrgansPage(Browser browser) {
        super(browser);
    }

    public static OrgansPage open(Browser browser, String enterprise) {
        browser.go("/org/organs.xhtml?enterprise=" + enterprise);
        OrgansPage page = new OrgansPage(browser);
        page.find(By.id("enterpriseName"));
        return page;
    }

    public String enterpriseName() {
        return text("enterpriseName");
    }

    /** Everything the page shows of the organs, as text. */
    public String organs() {
        return text(By.tagName("main"));
    }
}
