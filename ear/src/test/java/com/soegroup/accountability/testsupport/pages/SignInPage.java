package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** login.xhtml: the sign-in form every page behind sign-in leads to, with the link to report anonymously. */
public final class SignInPage extends Page {

    SignInPage(Browser browser) {
        super(browser);
        find(By.id("j_username"));
    }

    /** The application's address, which shows the sign-in form to someone not signed in. */
    public static SignInPage open(Browser browser) {
        browser.go("/");
        return new SignInPage(browser);
    }

    /** A page behind sign-in, which shows the sign-in form instead to someone not signed in. */
    public static SignInPage insteadOf(Browser browser, String pathInApplication) {
        browser.go(pathInApplication);
        return new SignInPage(browser);
    }

    public HomePage signIn(String user, String password) {
        enter(user, password);
        return new HomePage(browser);
    }

    /** Signs in with a password the directory refuses: the form comes back with a message. */
    public SignInPage signInRefused(String user, String password) {
        enter(user, password);
        return this;
    }

    public String failureMessage() {
        return text("loginFailed");
    }

    /** The link for people without an account: the public reporting form. */
    public AnonymousReportPage reportAnonymously() {
        click("reportLink");
        return new AnonymousReportPage(browser);
    }

    /** The link for someone who reported before: the receipt lookup. */
    public FollowReportPage followReport() {
        click("followLink");
        return new FollowReportPage(browser);
    }

    /** The form's fields, its button and its links not wholly within the window's width. */
    public List<String> formOutsideTheWidth() {
        return outsideTheWidth(By.id("j_username"), By.id("j_password"), By.id("submit"), By.id("reportLink"),
                By.id("followLink"));
    }

    private void enter(String user, String password) {
        find(By.id("j_username")).sendKeys(user);
        driver().findElement(By.id("j_password")).sendKeys(password);
        driver().findElement(By.id("submit")).click();
        // wait for the answer, so that the next navigation cannot cut the sign-in short
        new WebDriverWait(driver(), Duration.ofSeconds(30)).until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("app-user-name")),
                ExpectedConditions.presenceOfElementLocated(By.id("loginFailed"))));
    }
}
