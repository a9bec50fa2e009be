package com.soegroup.accountability.it.platform;

import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.ClueFixtures;
import com.soegroup.accountability.testsupport.pages.ClueDetailPage;
import com.soegroup.accountability.testsupport.pages.ClueLedgerPage;
import com.soegroup.accountability.testsupport.pages.ClueRegisterPage;
import com.soegroup.accountability.testsupport.pages.HomePage;
import com.soegroup.accountability.testsupport.pages.Menu;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The office on a 390-px-wide phone: the header keeps to a few lines, with the menu and the user's line folded behind
 * a button that a tap or the keyboard opens and closes; a ledger, a clue's page and the registration form fit the
 * screen (no sideways scroll of the page, fields and buttons within the screen; a wide table scrolls in its own box).
 */
class PhoneSignedInPagesBrowserIT extends ApplicationIT {

    @Test
    void theOfficeWorksALedgerAClueAndAFormOnAPhoneThroughTheFoldedMenu() {
        String no = ClueFixtures.registered("office", "YBJS", "建投公司手机端查看的线索：仓库存货盘亏未查明原因");
        try (Browser browser = Browser.openPhone()) {
            HomePage home = SignInPage.open(browser).signIn("office", "office");
            Menu menu = home.menu();
            assertTrue(menu.folded(), "a phone shows the menu button");
            assertFalse(menu.saysOpen());
            assertFalse(menu.shows(Menu.CLUE_LEDGER), "the menu is folded away");
            // the header used to take ~45% of a phone's 844 px; now the title, the button and the search box
            assertTrue(home.frameHeight() <= 140, "the header takes " + home.frameHeight() + " px");
            assertEquals(0, home.horizontalOverflow(), "the home page scrolls sideways");
            home.screenshot("phone-home");

            menu.tapToggle();
            assertTrue(menu.saysOpen() && menu.shows(Menu.CLUE_LEDGER) && menu.shows(Menu.REGISTER_CLUE));
            assertEquals(0, home.horizontalOverflow(), "the open menu scrolls sideways");
            home.screenshot("phone-home-menu-open");
            menu.tapToggle();
            assertFalse(menu.saysOpen() || menu.shows(Menu.CLUE_LEDGER), "a second tap folds it again");

            // the keyboard: Tab to the button, Enter opens, Escape closes, Space opens
            menu.pressToggle(Keys.ENTER);
            assertTrue(menu.saysOpen() && menu.shows(Menu.CLUE_LEDGER), "Enter opens the menu");
            menu.pressEscape();
            assertFalse(menu.saysOpen() || menu.shows(Menu.CLUE_LEDGER), "Escape closes the menu");
            menu.pressToggle(Keys.SPACE);
            assertTrue(menu.saysOpen() && menu.shows(Menu.CLUE_LEDGER), "Space opens the menu");

            ClueLedgerPage ledger = menu.clueLedger().search("手机端查看").waitForOnly(no);
            assertFalse(ledger.menu().saysOpen(), "a new page starts with the menu folded");
            assertEquals(0, ledger.horizontalOverflow(), "the ledger scrolls sideways");
            assertEquals(List.of(), ledger.outsideTheWidth());
            ledger.screenshot("phone-clue-ledger");

            ClueDetailPage clue = ClueDetailPage.open(browser, no);
            assertEquals(no, clue.ledgerNo());
            assertEquals(0, clue.horizontalOverflow(), "the clue's page scrolls sideways");
            assertEquals(List.of(), clue.outsideTheWidth());
            clue.screenshot("phone-clue-detail");

            ClueRegisterPage register = clue.menu().registerClue();
            assertEquals(0, register.horizontalOverflow(), "the registration form scrolls sideways");
            assertEquals(List.of(), register.outsideTheWidth());
            register.screenshot("phone-clue-register");

            assertTrue(register.signOut().formOutsideTheWidth().isEmpty(), "signed out through the folded menu");

            // a desktop's window shows the menu itself, without the button
            browser.desktop();
            Menu wide = SignInPage.open(browser).signIn("office", "office").menu();
            assertFalse(wide.folded(), "a wide window shows no menu button");
            assertTrue(wide.shows(Menu.CLUE_LEDGER), "a wide window shows the menu");
        }
    }
}
