package com.soegroup.accountability.it.rule;

import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An office user tries the rules: a loss of 1,000,000 against 50,000,000 of assets is 较大, with its article. */
class RuleCalculatorBrowserIT extends ApplicationIT {

    @Test
    void officeClassifiesALossAndGetsTheRecommendationWithItsArticles() {
        try (Browser browser = Browser.open()) {
            browser.signIn("office", "office");
            browser.waitFor(By.id("menu:calculator")).click();

            type(browser, "calc:amount_input", "1000000");
            type(browser, "calc:assets_input", "50000000");
            browser.waitFor(By.id("calc:classify")).click();

            assertEquals("较大资产损失", browser.text(By.id("levelName")));
            assertTrue(browser.text(By.id("levelBasis")).startsWith("依据：第十九条"), () -> browser.text(By.id("levelBasis")));
            assertEquals("较大资产损失", browser.text(By.id("byShare")));

            browser.waitFor(By.id("calc:recommend")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("recommendationBasis")));
            String recommendation = browser.text(By.id("calc:recommendationResult"));
            assertTrue(recommendation.contains("诫勉") && recommendation.contains("降职"), recommendation);
            assertTrue(browser.text(By.id("recommendationBasis")).contains("第二十八条"), () -> browser.text(By.id("recommendationBasis")));
            browser.screenshot("rule-calculator");
        }
    }

    @Test
    void pickingAnEnterpriseFillsItsPriorYearEndAssets() {
        try (Browser browser = Browser.open()) {
            browser.signIn("office", "office");
            browser.go("/rule/calculator.xhtml");
            browser.waitFor(By.id("calc:enterprise")).click();
            // the overlay slides in: click the item only once it stands still and can be clicked
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
            By item = By.cssSelector("#calc\\:enterprise_panel li[data-label^='YBJS ']");
            wait.until(ExpectedConditions.elementToBeClickable(item));
            wait.until(driver -> "1".equals(driver.findElement(By.id("calc:enterprise_panel")).getCssValue("opacity")));
            browser.driver().findElement(item).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calc:enterprise_label"), "YBJS"));

            // the ajax update replaces the input: look it up afresh until it shows the figure
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver ->
                        !driver.findElement(By.id("calc:assets_input")).getAttribute("value").isBlank());
            } finally {
                browser.screenshot("rule-calculator-enterprise");
            }
            String assets = browser.driver().findElement(By.id("calc:assets_input")).getAttribute("value");
            assertTrue(assets.matches("[0-9,]+\\.\\d{2}.*"), assets);
        }
    }

    @Test
    void theCalculatorIsNotForLiaisons() {
        try (Browser browser = Browser.open()) {
            browser.signIn("liaison", "liaison");
            browser.waitFor(By.id("app-user-name"));
            assertTrue(browser.driver().findElements(By.id("menu:calculator")).isEmpty(), "no menu item for a liaison");

            browser.go("/rule/calculator.xhtml");
            assertTrue(browser.text(By.tagName("h1")).contains("无权访问"), browser.driver().getPageSource());
        }
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.waitFor(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
