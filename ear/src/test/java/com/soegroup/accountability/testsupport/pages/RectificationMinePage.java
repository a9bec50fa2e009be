package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/** rectification/mine.xhtml: the liaison's tasks waiting for material. */
public final class RectificationMinePage extends Page {

    RectificationMinePage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("mine:open"));
    }

    /** As the liaison reaches it: the link of the LIAISON role card on the home page ("提交整改材料"). */
    public static RectificationMinePage fromRoleCard(Browser browser) {
        browser.go("/index.xhtml");
        browser.waitFor(By.xpath("//a[contains(@id,'liaisonRectification')]")).click();
        return new RectificationMinePage(browser);
    }

    public String open() {
        return text(By.id("mine:open"));
    }

    public RectificationTaskPage task(String rectificationNo) {
        find(By.linkText(rectificationNo)).click();
        return new RectificationTaskPage(browser);
    }
}
