package com.soegroup.accountability.it.rule;

import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** An administrator looks at the shipped rule sets and starts a new version by copying one to a draft. */
class RuleSetPagesBrowserIT extends ApplicationIT {

    @Test
    void adminSeesTheUnreviewedCentralSetAndCopiesTheMunicipalOne() {
        try (Browser browser = Browser.open()) {
            browser.signIn("admin", "admin");
            browser.waitFor(By.id("menu:ruleSets")).click();

            String table = browser.text(By.id("sets:table"));
            assertTrue(table.contains("YB-SASAC-2020") && table.contains("SASAC-46-2026"), table);
            assertTrue(table.contains("处理标准尚未审核"), "the central set's copied tables are marked: " + table);
            browser.screenshot("rule-sets");

            browser.driver().findElement(By.linkText("SASAC-46-2026")).click();
            assertTrue(browser.text(By.id("status")).contains("草稿"));
            browser.screenshot("rule-set-central");

            browser.go("/rule/sets.xhtml");
            // rows run newest first: the municipal set of 2020 is the second
            browser.waitFor(By.id("sets:table:1:copy")).click();
            browser.waitFor(By.id("copyForm:code")).sendKeys("YB-DRAFT-2031");
            browser.driver().findElement(By.id("copyForm:title")).sendKeys("示范修订稿");
            browser.driver().findElement(By.id("copyForm:effectiveFrom_input")).sendKeys("2031-01-01");
            browser.driver().findElement(By.id("copyForm:create")).click();

            assertTrue(browser.text(By.id("status")).contains("草稿"), browser.driver().getCurrentUrl());
            assertTrue(browser.driver().getCurrentUrl().contains("code=YB-DRAFT-2031"), browser.driver().getCurrentUrl());
        }
    }
}
