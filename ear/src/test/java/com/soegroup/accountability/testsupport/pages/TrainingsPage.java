package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

import java.util.List;

/** training/trainings.xhtml: the training list and the form that records one. */
public final class TrainingsPage extends Page {

    TrainingsPage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("trainings:list"));
    }

    public static TrainingsPage open(Browser browser) {
        browser.go("/training/trainings.xhtml");
        return new TrainingsPage(browser);
    }

    public String list() {
        return text(By.id("trainings:list"));
    }

    /** Records a course organised by the enterprise of the menu label, with external participants only. */
    public TrainingsPage record(String course, String organiser, String date, String hours, int external) {
        type("trainings:course", course);
        chooseInMenu("trainings:organiser", organiser);
        typeDate("trainings:heldOn_input", date);
        type("trainings:hours_input", hours);
        type("trainings:external_input", Integer.toString(external));
        waitUntil(driver -> driver.findElement(By.id("trainings:save")).isDisplayed(), "the save button");
        click("trainings:save");
        waitForText(By.id("trainings:list"), course);
        return this;
    }

    public String course() {
        return value("trainings:course");
    }

    public List<String> outsideTheWidth() {
        return outsideTheWidth(By.id("trainings:list"), By.id("trainings:filter"));
    }
}
