package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

import java.util.List;

/** inspection/campaigns.xhtml: the campaigns with their progress. */
public final class CampaignsPage extends Page {

    CampaignsPage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("campaigns:list"));
    }

    public static CampaignsPage open(Browser browser) {
        browser.go("/inspection/campaigns.xhtml");
        return new CampaignsPage(browser);
    }

    public String list() {
        return text(By.id("campaigns:list"));
    }

    public List<String> outsideTheWidth() {
        return outsideTheWidth(By.id("campaigns:list"));
    }
}
