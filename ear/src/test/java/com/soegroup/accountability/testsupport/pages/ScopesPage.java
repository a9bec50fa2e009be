package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/** org/scopes.xhtml: ADMIN's overrides of users' home enterprises and their extra grants. */
public final class ScopesPage extends Page {

    ScopesPage(Browser browser) {
        super(browser);
    }

    /** Whether the field to choose a user is there (waited for). */
    public boolean offersUserChoice() {
        return find(By.id("scopes:user")).isDisplayed();
    }
}
