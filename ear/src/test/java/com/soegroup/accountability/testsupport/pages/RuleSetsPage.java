package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/** rule/sets.xhtml: the rule sets (newest first), each opened by its code or copied to a new draft. */
public final class RuleSetsPage extends Page {

    RuleSetsPage(Browser browser) {
        super(browser);
    }

    public static RuleSetsPage open(Browser browser) {
        browser.go("/rule/sets.xhtml");
        return new RuleSetsPage(browser);
    }

    /** The table of the sets, as text. */
    public String table() {
        return text("sets:table");
    }

    public RuleSetPage openSet(String code) {
        find(By.linkText(code)).click();
        return new RuleSetPage(browser);
    }

    /** Copies the set of that row (0 the newest) to a new draft with its code, title and first day in force. */
    public RuleSetPage copy(int row, String code, String title, String effectiveFrom) {
        click("sets:table:" + row + ":copy");
        type("copyForm:code", code);
        type("copyForm:title", title);
        typeInto("copyForm:effectiveFrom_input", effectiveFrom);
        click("copyForm:create");
        return new RuleSetPage(browser);
    }

    private void typeInto(String id, String text) {
        driver().findElement(By.id(id)).sendKeys(text);
    }
}
