package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/** circular/circular.xhtml: a circular's text, its masked terms, the approval, the publication and the read receipts. */
public final class CircularPage extends Page {

    CircularPage(Browser browser) {
        super(browser);
    }

    public static CircularPage open(Browser browser, String circularNo) {
        browser.go("/circular/circular.xhtml?no=" + circularNo);
        return new CircularPage(browser);
    }

    public String circularNo() {
        return text("circularNo");
    }

    public String state() {
        return text("state");
    }

    /** A part of the text while the office edits it (title, facts, violation, handling, lesson). */
    public String part(String part) {
        return value("cir:" + part);
    }

    /** The text as a reader sees it (not editable). */
    public String text() {
        return text(By.id("cir:text"));
    }

    public String masks() {
        return text(By.id("cir:maskTable"));
    }

    public CircularPage write(String part, String text) {
        type("cir:" + part, text);
        return this;
    }

    public CircularPage save() {
        click("cir:save");
        return this;
    }

    public CircularPage submit() {
        waitUntil(driver -> driver.findElement(By.id("cir:submit")).isEnabled(), "the submit button enabled");
        click("cir:submit");
        return this;
    }

    public boolean canEdit() {
        return present(By.id("cir:save"));
    }

    /** The leader approves: the confirmation asks for the opinion first. */
    public CircularPage approve(String opinion) {
        click("cir:approve");
        waitUntil(driver -> driver.findElement(By.id("cir:confirmDialog")).isDisplayed(), "the confirmation");
        type("cir:opinion", opinion);
        click("cir:confirm");
        return this;
    }

    /** The office publishes to an enterprise (chosen by name) for all staff roles, on the date, and confirms. */
    public CircularPage publish(String typed, String enterpriseName, String isoDate) {
        new Picker(browser).choose("cir:publishTo", typed, enterpriseName);
        typeDate("cir:publishedOn_input", isoDate);
        click("cir:publish");
        By yes = By.cssSelector(".ui-confirmdialog-yes");
        waitUntil(driver -> driver.findElements(yes).stream().anyMatch(e -> e.isDisplayed()), "the confirmation");
        driver().findElements(yes).stream().filter(e -> e.isDisplayed()).findFirst().orElseThrow().click();
        return this;
    }

    public CircularPage waitForMessage(String text) {
        waitForText(By.id("cir:messages"), text);
        return this;
    }

    public CircularPage waitForState(String state) {
        waitForText(By.id("state"), state);
        return this;
    }

    public String receipts() {
        return text(By.id("cir:receipts"));
    }

    public String history() {
        return text(By.id("cir:history"));
    }
}
