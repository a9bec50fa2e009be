package com.soegroup.accountability.it.circular;

import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.CircularFixtures;
import com.soegroup.accountability.testsupport.CircularFixtures.Decided;
import com.soegroup.accountability.testsupport.pages.CircularPage;
import com.soegroup.accountability.testsupport.pages.CircularsPage;
import com.soegroup.accountability.testsupport.pages.HomeCircularsPanel;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;

import static com.soegroup.accountability.testsupport.Dates.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A warning circular in the browser (issue 21): the office drafts it from a decided case — names, enterprise and
 * amount already masked, the masked terms listed — saves and submits it; the leader approves with an opinion after a
 * confirmation; the office publishes it to a subsidiary's subtree; the subsidiary's liaison finds it unread on the
 * home page and opens it, which the office then sees among the read receipts. Both pages at phone width.
 */
class CircularBrowserIT extends ApplicationIT {

    private static final String TITLE = "关于违规预付工程款问题的警示通报（浏览器）";

    @Test
    void officeDraftsLeaderApprovesOfficePublishesARecipientReadsItFromTheHomePage() {
        Decided c = CircularFixtures.decided("YBJT", "褚天明", "YBJS", "示范建设投资有限公司");
        String no;
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            CircularPage page = CircularsPage.open(browser).draft(c.caseNo());
            no = page.circularNo();
            assertFalse(page.part("facts").contains("褚天明"), page.part("facts"));
            assertTrue(page.part("facts").contains("褚某") && page.part("facts").contains("约120万元"), page.part("facts"));
            assertTrue(page.masks().contains("褚天明") && page.masks().contains("褚某"), "what will be masked: " + page.masks());
            page.screenshot("circular-draft");
            page.write("title", TITLE).save().waitForMessage("已保存为新版本");
            page.submit().waitForState("待审批");
            assertFalse(page.canEdit(), "submitted: no more editing");
        }
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("leader", "leader");
            CircularPage page = CircularPage.open(browser, no);
            assertTrue(page.text().contains(TITLE), page.text());
            page.approve("同意在建投系统内通报。").waitForState("已批准待发布");
            assertTrue(page.history().contains("同意在建投系统内通报。"), page.history());
        }
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            CircularPage page = CircularPage.open(browser, no);
            page.publish("示范建设投资", "示范建设投资有限公司", TODAY).waitForState("已发布");
            page.screenshot("circular-published");
        }
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("liaison", "liaison");
            HomeCircularsPanel home = HomeCircularsPanel.open(browser);
            assertTrue(home.text().contains(TITLE) && home.text().contains("未读"), home.text());
            int unread = home.unread();
            assertTrue(unread >= 1, home.text());
            home.screenshot("circular-home");
            CircularPage page = home.openByTitle(TITLE);
            assertTrue(page.text().contains("褚某") && !page.text().contains("褚天明"), page.text());
            assertEquals(unread - 1, HomeCircularsPanel.open(browser).unread(), "opened: no longer unread");
        }
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            CircularPage page = CircularPage.open(browser, no);
            assertTrue(page.receipts().contains("示范设计院"), page.receipts());
        }
    }

    @Test
    void bothPagesFitAPhone() {
        Decided c = CircularFixtures.decided("YBJT", "卫小东", "YBJS", "示范建设投资有限公司");
        String no = CircularFixtures.drafted(c.caseNo(), "WARNING");
        try (Browser browser = Browser.openPhone()) {
            SignInPage.open(browser).signIn("office", "office");
            CircularsPage list = CircularsPage.open(browser).waitForRow(no);
            list.screenshot("circulars-phone");
            assertEquals(0, list.horizontalOverflow(), "the list scrolls sideways");
            CircularPage page = CircularPage.open(browser, no);
            assertEquals(no, page.circularNo());
            page.screenshot("circular-phone");
            assertEquals(0, page.horizontalOverflow(), "the circular's page scrolls sideways");
        }
    }
}
