package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/** index.xhtml: the home page after sign-in, with the header every page shares (user, home enterprise, language). */
public final class HomePage extends Page {

    HomePage(Browser browser) {
        super(browser);
    }

    public static HomePage open(Browser browser) {
        browser.go("/index.xhtml");
        return new HomePage(browser);
    }

    public String userName() {
        return text("app-user-name");
    }

    public String welcome() {
        return text("welcome");
    }

    /** The caller's data scope, as the home page states it. */
    public String scope() {
        return text("scope");
    }

    /** The codes of the enterprises of the data scope, the tooltip of the sentence. */
    public String scopeCodes() {
        return find(By.id("scope")).getAttribute("title");
    }

    /** The home enterprise in the header, by its name. */
    public String homeEnterprise() {
        return text("app-home");
    }

    /** The home enterprise's code, the tooltip of its name. */
    public String homeEnterpriseCode() {
        return find(By.id("app-home")).getAttribute("title");
    }

    public HomePage switchToEnglish() {
        click("language:en");
        waitForText(By.id("welcome"), "Welcome");
        return this;
    }
}
