package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

/** effect/eligibility.xhtml: HR's card of a person's restrictions, and the eligibility of an uploaded candidate list. */
public final class EligibilityPage extends Page {

    EligibilityPage(Browser browser) {
        super(browser);
    }

    public static EligibilityPage open(Browser browser) {
        browser.go("/effect/eligibility.xhtml");
        return new EligibilityPage(browser);
    }

    /** Looks a person up by employee number. */
    public EligibilityPage search(String employeeNo) {
        find(By.id("eligibility:query")).sendKeys(employeeNo);
        click("eligibility:search");
        return this;
    }

    public String personName() {
        return text("personName");
    }

    /** Eligible for promotion: the line ends in 是 or 否. */
    public String promotion() {
        return text("eligibility:promotion");
    }

    public String anyPost() {
        return text("eligibility:anyPost");
    }

    /** The decisions in force against the person. */
    public String inForce() {
        return text("eligibility:inForce");
    }

    /** The card's pay and incentive restrictions (不得参加中长期激励 and the other pay terms), one line per decision. */
    public String payTerms() {
        return text("payTerms");
    }

    public String timeline() {
        return text("timeline");
    }

    /** Uploads a candidate list (CSV or Excel) and waits for the answer for all of them. */
    public EligibilityPage uploadCandidates(Path file) {
        chooseFile(By.id("eligibility:file_input"), file);
        new WebDriverWait(driver(), Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("resultsSummary")));
        return this;
    }

    public String resultsSummary() {
        return text("resultsSummary");
    }

    /** The list's answers, person by person. */
    public String answers() {
        return text("eligibility:answers");
    }

    /** Exports the list's answers to Excel: the file the browser saved. */
    public Path export() {
        return browser.download(".xlsx", () -> click("eligibility:export"));
    }
}
