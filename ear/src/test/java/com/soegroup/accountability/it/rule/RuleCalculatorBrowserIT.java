package com.soegroup.accountability.it.rule;

import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.pages.CalculatorPage;
import com.soegroup.accountability.testsupport.pages.HomePage;
import com.soegroup.accountability.testsupport.pages.Menu;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An office user tries the rules: a loss of 1,000,000 against 50,000,000 of assets is 较大, with its article. */
class RuleCalculatorBrowserIT extends ApplicationIT {

    @Test
    void officeClassifiesALossAndGetsTheRecommendationWithItsArticles() {
        try (Browser browser = Browser.open()) {
            CalculatorPage calculator = SignInPage.open(browser).signIn("office", "office").menu().calculator()
                    .fillAmount("1000000")
                    .fillAssets("50000000")
                    .classify();

            assertEquals("较大资产损失", calculator.levelName());
            assertTrue(calculator.levelBasis().startsWith("依据：第十九条"), calculator::levelBasis);
            assertEquals("较大资产损失", calculator.byShare());

            calculator.recommend();
            String recommendation = calculator.recommendation();
            assertTrue(recommendation.contains("诫勉") && recommendation.contains("降职"), recommendation);
            assertTrue(calculator.recommendationBasis().contains("第二十八条"), calculator::recommendationBasis);
            calculator.screenshot("rule-calculator");
        }
    }

    @Test
    void pickingAnEnterpriseFillsItsPriorYearEndAssets() {
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            CalculatorPage calculator = CalculatorPage.open(browser);
            try {
                calculator.chooseEnterprise("YBJS");
            } finally {
                calculator.screenshot("rule-calculator-enterprise");
            }
            String assets = calculator.assets();
            assertTrue(assets.matches("[0-9,]+\\.\\d{2}.*"), assets);
        }
    }

    @Test
    void theCalculatorIsNotForLiaisons() {
        try (Browser browser = Browser.open()) {
            HomePage home = SignInPage.open(browser).signIn("liaison", "liaison");
            home.userName(); // the header is there, with the menu
            assertFalse(home.menu().offers(Menu.CALCULATOR), "no menu item for a liaison");

            CalculatorPage refused = CalculatorPage.open(browser);
            assertTrue(refused.heading().contains("无权访问"), refused::source);
        }
    }
}
