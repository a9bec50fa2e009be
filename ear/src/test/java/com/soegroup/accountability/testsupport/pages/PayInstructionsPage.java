package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** decision/pay-instructions.xhtml: HR's worklist of pay to deduct, one line per decision. */
public final class PayInstructionsPage extends Page {

    PayInstructionsPage(Browser browser) {
        super(browser);
    }

    /** Follows the "no pay data" line's link of the person: the pay entry, with the person and the year filled in. */
    public PayEntryPage enterPayOf(String employeeNo) {
        find(By.xpath("//tbody[@id='pay:table_data']/tr[td[contains(., '" + employeeNo + "')]]//a[contains(@id, 'enterPay')]")).click();
        PayEntryPage entry = new PayEntryPage(browser);
        entry.waitForPerson(employeeNo);
        return entry;
    }

    /** The worklist's lines, each as the texts of its cells (the decision's number first). */
    public List<List<String>> lines() {
        return find(By.id("pay:table_data")).findElements(By.tagName("tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .toList();
    }
}
