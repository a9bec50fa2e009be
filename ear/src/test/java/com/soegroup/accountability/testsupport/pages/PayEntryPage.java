package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/** effect/pay.xhtml: HR enters or corrects a person's yearly pay; the decisions waiting for pay data above. */
public final class PayEntryPage extends Page {

    PayEntryPage(Browser browser) {
        super(browser);
    }

    public static PayEntryPage open(Browser browser) {
        browser.go("/effect/pay.xhtml");
        return new PayEntryPage(browser);
    }

    void waitForPerson(String employeeNo) {
        waitForText(By.id("personName"), employeeNo);
    }

    public String person() {
        return text("personName");
    }

    /** The year in the form (filled in from the worklist's line). */
    public String year() {
        return value("pay:year_input");
    }

    /** The lines of 待录入薪酬. */
    public String lacking() {
        return text("pay:lacking");
    }

    /** Types the performance salary and term incentive (long-term incentive left empty) and saves. */
    public PayEntryPage save(String performanceSalary, String termIncentive) {
        type("pay:performanceSalary_input", performanceSalary);
        type("pay:termIncentive_input", termIncentive);
        click("pay:save");
        waitForText(By.id("pay:messages"), "已保存");
        return this;
    }

    public String message() {
        return text("pay:messages");
    }

    /** The person's years on record. */
    public String years() {
        return text("pay:years");
    }

    /** Back to the worklist through the page's own button. */
    public PayInstructionsPage toWorklist() {
        click("pay:toWorklist");
        return new PayInstructionsPage(browser);
    }
}
