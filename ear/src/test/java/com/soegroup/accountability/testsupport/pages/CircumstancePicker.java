package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/**
 * The two-level circumstance picker of WEB-INF/includes/circumstance-picker.xhtml: the article (area) first, then
 * its item, then "添加"; what is chosen shows as chips above.
 */
final class CircumstancePicker extends Page {

    CircumstancePicker(Browser browser) {
        super(browser);
    }

    /**
     * Picks one circumstance as a user does: the article by its line (第十二条 投资并购方面的责任追究), the item by its
     * line (（三）违规决策、未制定风险防范预案), then adds it and waits for its chip.
     */
    void pick(String pickerId, String article, String item, String chip) {
        chooseInMenu(pickerId + "Article", article);
        // choosing the article redraws the picker with that article's items
        waitUntil(driver -> driver.findElements(By.id(pickerId + "Item")).stream()
                .anyMatch(menu -> !menu.getAttribute("class").contains("ui-state-disabled")), "the items of " + article);
        chooseInMenu(pickerId + "Item", item);
        click(pickerId + "Add");
        waitForText(By.id(pickerId), chip);
    }

    String chosen(String pickerId) {
        return text(By.id(pickerId));
    }
}
