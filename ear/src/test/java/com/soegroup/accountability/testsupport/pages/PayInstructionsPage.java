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

    /** The worklist's lines, each as the texts of its cells (the decision's number first). */
    public List<List<String>> lines() {
        return find(By.id("pay:table_data")).findElements(By.tagName("tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .toList();
    }
}
