package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** rule/calculator.xhtml: the rules tried out: a loss's level, and the recommended handling with its articles. */
public final class CalculatorPage extends Page {

    CalculatorPage(Browser browser) {
        super(browser);
    }

    public static CalculatorPage open(Browser browser) {
        browser.go("/rule/calculator.xhtml");
        return new CalculatorPage(browser);
    }

    public CalculatorPage fillAmount(String amount) {
        type("calc:amount_input", amount);
        return this;
    }

    /** The prior year-end total assets. */
    public CalculatorPage fillAssets(String amount) {
        type("calc:assets_input", amount);
        return this;
    }

    /** The prior year-end total assets as the field shows them now. */
    public String assets() {
        return value("calc:assets_input");
    }

    /** Picks an enterprise by its code from the menu, which fills in its prior year-end assets. */
    public CalculatorPage chooseEnterprise(String code) {
        chooseInMenu("calc:enterprise", By.cssSelector("#calc\\:enterprise_panel li[data-label^='" + code + " ']"),
                label -> label.contains(code), code);
        // the ajax update replaces the input: look it up afresh until it shows the figure
        waitUntil(driver -> !driver.findElement(By.id("calc:assets_input")).getAttribute("value").isBlank(), "the assets filled in");
        return this;
    }

    public CalculatorPage classify() {
        click("calc:classify");
        return this;
    }

    public String levelName() {
        return text("levelName");
    }

    public String levelBasis() {
        return text("levelBasis");
    }

    /** The level by the share of the assets. */
    public String byShare() {
        return text("byShare");
    }

    /** Asks for the recommended handling and waits for it. */
    public CalculatorPage recommend() {
        click("calc:recommend");
        new WebDriverWait(driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("recommendationBasis")));
        return this;
    }

    public String recommendation() {
        return text("calc:recommendationResult");
    }

    public String recommendationBasis() {
        return text("recommendationBasis");
    }
}
