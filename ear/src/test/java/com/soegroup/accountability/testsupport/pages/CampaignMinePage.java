package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/** inspection/mine.xhtml: the liaison's self-inspection sheets. */
public final class CampaignMinePage extends Page {

    CampaignMinePage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("mine:waiting"));
    }

    /** As the liaison reaches it: the link "填报自查情况" of the LIAISON role card on the home page. */
    public static CampaignMinePage fromRoleCard(Browser browser) {
        browser.go("/index.xhtml");
        browser.waitFor(By.xpath("//a[contains(@id,'liaisonInspection')]")).click();
        return new CampaignMinePage(browser);
    }

    public String waiting() {
        return text(By.id("mine:waiting"));
    }

    public String handedIn() {
        return text(By.id("mine:handedIn"));
    }

    public CampaignSheetPage sheet(String title) {
        find(By.linkText(title)).click();
        return new CampaignSheetPage(browser);
    }
}
