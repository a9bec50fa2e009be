package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/** inspection/launch.xhtml: the office launches a self-inspection campaign. */
public final class CampaignLaunchPage extends Page {

    CampaignLaunchPage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("launch:title"));
    }

    public static CampaignLaunchPage open(Browser browser) {
        browser.go("/inspection/launch.xhtml");
        return new CampaignLaunchPage(browser);
    }

    public CampaignLaunchPage title(String title) {
        type("launch:title", title);
        return this;
    }

    public CampaignLaunchPage topic(String topic) {
        type("launch:topic", topic);
        return this;
    }

    /** The enterprise whose subsidiaries answer, by the name the menu shows. */
    public CampaignLaunchPage enterprise(String label) {
        chooseInMenu("launch:enterprise", label);
        return this;
    }

    /** Adds an item of one's own to the checklist and waits until the list shows it. */
    public CampaignLaunchPage addItem(String text) {
        type("launch:freeItem", text);
        click("launch:addFree");
        waitUntil(driver -> driver.findElements(By.cssSelector("[id='launch:lines'] textarea")).stream()
                .anyMatch(t -> text.equals(t.getAttribute("value"))), "the item " + text);
        return this;
    }

    public String workingDays() {
        return text("launch:workingDays");
    }

    public CampaignPage launch() {
        click("launch:save");
        return new CampaignPage(browser);
    }
}
