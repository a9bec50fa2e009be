package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/** clue/reconciliation.xhtml: the open clues with why each is open, and the count by unit. */
public final class ReconciliationPage extends Page {

    ReconciliationPage(Browser browser) {
        super(browser);
    }

    /** Waits until a line of the table gives that reason. */
    public ReconciliationPage waitForReason(String reason) {
        waitForText(By.cssSelector("#reconciliation\\:table_data"), reason);
        return this;
    }

    public String units() {
        return text("reconciliation:units");
    }
}
