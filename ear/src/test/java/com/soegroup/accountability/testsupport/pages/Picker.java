package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/** The picker of WEB-INF/includes/picker.xhtml (a PrimeFaces autoComplete): type, wait for suggestions, choose. */
final class Picker extends Page {

    Picker(Browser browser) {
        super(browser);
    }

    void choose(String pickerId, String typed, String label) {
        type(pickerId + "_input", typed);
        By item = By.xpath("//*[@id='" + pickerId + "_panel']//li[contains(@class,'ui-autocomplete-item') and contains(., '" + label + "')]");
        waitUntil(driver -> driver.findElements(item).stream().anyMatch(e -> e.isDisplayed()), "the suggestion " + label);
        find(item).click();
    }
}
