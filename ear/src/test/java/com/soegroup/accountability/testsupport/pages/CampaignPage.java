package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

import java.util.List;

/** inspection/campaign.xhtml: a campaign with its progress per enterprise. */
public final class CampaignPage extends Page {

    CampaignPage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("campaignNo"));
    }

    public static CampaignPage open(Browser browser, String campaignNo) {
        browser.go("/inspection/campaign.xhtml?no=" + campaignNo);
        return new CampaignPage(browser);
    }

    public String campaignNo() {
        return text("campaignNo");
    }

    public String status() {
        return text("status");
    }

    public String progress() {
        return text(By.id("campaign:progress"));
    }

    public CampaignSheetPage sheet(String enterpriseName) {
        find(By.linkText(enterpriseName)).click();
        return new CampaignSheetPage(browser);
    }

    public List<String> outsideTheWidth() {
        return outsideTheWidth(By.id("campaign:detail"), By.id("campaign:progress"));
    }
}
