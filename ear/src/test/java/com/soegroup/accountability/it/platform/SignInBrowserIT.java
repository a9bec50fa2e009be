package com.soegroup.accountability.it.platform;

import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first thing every user does: sign in through the form, read the home page, change language, sign out. */
class SignInBrowserIT extends ApplicationIT {

    @Test
    void officeSignsInSeesTheChineseHomePageSwitchesToEnglishAndSignsOut() {
        try (Browser browser = Browser.open()) {
            browser.signIn("office", "office");

            assertEquals("王敏", browser.text(By.id("app-user-name")));
            assertTrue(browser.text(By.id("welcome")).contains("欢迎"), () -> browser.text(By.id("welcome")));
            assertTrue(browser.driver().getTitle().contains("违规经营投资责任追究系统"), browser.driver().getTitle());
            assertTrue(browser.text(By.id("scope")).contains("YBJT"));
            // the home enterprise by its name, the code as tooltip
            assertEquals("示范发展集团有限公司", browser.text(By.id("app-home")));
            assertEquals("YBJT", browser.waitFor(By.id("app-home")).getAttribute("title"));
            browser.screenshot("home-office-zh");

            browser.waitFor(By.id("language:en")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("welcome"), "Welcome"));
            assertTrue(browser.driver().getTitle().contains("Accountability"), browser.driver().getTitle());
            browser.screenshot("home-office-en");

            // filters with nothing chosen say so, in the language chosen
            browser.go("/clue/ledger.xhtml");
            assertEquals("Status: all", browser.text(By.id("ledger:status")).strip());
            assertEquals("Source: all", browser.text(By.id("ledger:source")).strip());
            browser.screenshot("clue-ledger-en");

            browser.waitFor(By.id("signOut")).click();
            browser.waitFor(By.id("j_username"));
            assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"), browser.driver().getCurrentUrl());
            browser.go("/index.xhtml");
            browser.waitFor(By.id("j_username"));
        } finally {
            // the language choice is the user's own: put it back for the other tests
            com.soegroup.accountability.testsupport.Api.as("office").put("/me/preferences", "{\"locale\": \"zh-CN\"}");
        }
    }

    @Test
    void aWrongPasswordShowsTheMessageOnTheSignInPage() {
        try (Browser browser = Browser.open()) {
            browser.signIn("office", "wrong");

            assertEquals("用户名或密码不正确，请重新输入。", browser.text(By.id("loginFailed")));
        }
    }
}
