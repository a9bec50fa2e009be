package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

/** clue/register.xhtml: the form in which the office or a liaison registers a clue. */
public final class ClueRegisterPage extends Page {

    private static final By PERSON_NAMES = By.cssSelector("input[id$=':personName']");

    ClueRegisterPage(Browser browser) {
        super(browser);
    }

    /** Picks where the clue came from, by the name the menu shows (e.g. 审计发现). */
    public ClueRegisterPage chooseSource(String label) {
        chooseInMenu("register:source", label);
        return this;
    }

    public ClueRegisterPage fillSummary(String text) {
        type("register:summary", text);
        return this;
    }

    public ClueRegisterPage fillPossibleLoss(String amount) {
        type("register:possibleLoss_input", amount);
        return this;
    }

    /** Replaces the possible loss as a user does, selecting what is there and typing over it (the field formats as typed). */
    public ClueRegisterPage replacePossibleLoss(String amount) {
        WebElement field = find(By.id("register:possibleLoss_input"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(amount);
        return this;
    }

    /** The level the rules compute from the possible loss, once the form has asked the server (the field left). */
    public String computedLevel(String expected) {
        find(By.id("register:summary")).click();
        waitForText(By.id("computedLevel"), expected);
        return text("computedLevel");
    }

    /** The levels the level menu offers (the computed one and those above it). */
    public List<String> levelChoices() {
        return driver().findElements(By.cssSelector("[id='register:level_input'] option")).stream()
                .map(option -> option.getAttribute("textContent").strip()).toList();
    }

    /** Raises the level above the computed one: the reason field appears, and is filled. */
    public ClueRegisterPage raiseLevel(String label, String reason) {
        chooseInMenu("register:level", label);
        waitUntil(driver -> !driver.findElements(By.id("register:levelReason")).isEmpty(), "the reason for raising the level");
        type("register:levelReason", reason);
        return this;
    }

    /** Adds a line to the persons concerned (a request to the server, which keeps the lines). */
    public ClueRegisterPage addPerson() {
        int before = personNames().size();
        click("register:addPerson");
        waitUntil(driver -> driver.findElements(PERSON_NAMES).size() == before + 1, "a new line of persons");
        return this;
    }

    /** Types the name of the person on that line (0 = the first). */
    public ClueRegisterPage fillPersonName(int line, String name) {
        WebElement field = driver().findElements(PERSON_NAMES).get(line);
        field.clear();
        field.sendKeys(name);
        return this;
    }

    /** The names the lines of persons show, in order. */
    public List<String> personNames() {
        return driver().findElements(PERSON_NAMES).stream().map(field -> field.getAttribute("value")).toList();
    }

    /** Presses 查重: the form goes to the server, which answers the similar clues below it. */
    public ClueRegisterPage checkDuplicates() {
        click("register:check");
        find(By.cssSelector("[id='register:similar'] h2"));
        return this;
    }

    public ClueDetailPage save() {
        click("register:save");
        return new ClueDetailPage(browser);
    }

    /** The form's fields and its buttons not wholly within the window's width. */
    public List<String> outsideTheWidth() {
        return outsideTheWidth(By.id("register:source"), By.id("register:enterprise"), By.id("register:summary"),
                By.id("register:possibleLoss"), By.id("register:reporterContact"), By.id("register:check"),
                By.id("register:save"));
    }
}
