package com.soegroup.accountability.it.platform;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.pages.ClueLedgerPage;
import com.soegroup.accountability.testsupport.pages.HomePage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first thing every user does: sign in through the form, read the home page, change language, sign out. */
class SignInBrowserIT extends ApplicationIT {

    @Test
    void officeSignsInSeesTheChineseHomePageSwitchesToEnglishAndSignsOut() {
        try (Browser browser = Browser.open()) {
            HomePage home = SignInPage.open(browser).signIn("office", "office");

            assertEquals("王敏", home.userName());
            assertTrue(home.welcome().contains("欢迎"), home::welcome);
            assertTrue(home.title().contains("违规经营投资责任追究系统"), home.title());
            // the scope by the enterprises' names, their codes as tooltip
            assertTrue(home.scopeCodes().contains("YBJT"), home::scopeCodes);
            assertTrue(home.scope().contains("示范发展集团有限公司"), home::scope);
            // the home enterprise by its name, the code as tooltip
            assertEquals("示范发展集团有限公司", home.homeEnterprise());
            assertEquals("YBJT", home.homeEnterpriseCode());
            home.screenshot("home-office-zh");

            home.switchToEnglish();
            assertTrue(home.title().contains("Accountability"), home.title());
            home.screenshot("home-office-en");

            // filters with nothing chosen say so, in the language chosen
            ClueLedgerPage ledger = ClueLedgerPage.open(browser);
            assertEquals("Status: all", ledger.statusFilter());
            assertEquals("Source: all", ledger.sourceFilter());
            ledger.screenshot("clue-ledger-en");

            SignInPage signIn = ledger.signOut();
            assertTrue(signIn.currentUrl().contains("login.xhtml"), signIn.currentUrl());
            // signed out, the home page asks to sign in again
            SignInPage.insteadOf(browser, "/index.xhtml");
        } finally {
            // the language choice is the user's own: put it back for the other tests
            Api.as("office").put("/me/preferences", "{\"locale\": \"zh-CN\"}");
        }
    }

    @Test
    void aWrongPasswordShowsTheMessageOnTheSignInPage() {
        try (Browser browser = Browser.open()) {
            SignInPage signIn = SignInPage.open(browser).signInRefused("office", "wrong");

            assertEquals("用户名或密码不正确，请重新输入。", signIn.failureMessage());
        }
    }
}
