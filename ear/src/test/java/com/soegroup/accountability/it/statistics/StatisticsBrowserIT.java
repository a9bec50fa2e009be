package com.soegroup.accountability.it.statistics;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.ClueFixtures;
import com.soegroup.accountability.testsupport.Dates;
import com.soegroup.accountability.testsupport.pages.ClueLedgerPage;
import com.soegroup.accountability.testsupport.pages.Menu;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import com.soegroup.accountability.testsupport.pages.StatisticsPage;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The leader opens the statistics from the menu, reads the figures by name, clicks a bar of the clues-by-source
 * chart and lands on the clue ledger filtered to that source, period and enterprise, then the bar of an area of
 * violation and lands on the ledger of that area (a clue of the same words outside it not listed); the dashboard fits a phone's
 * 390-px-wide screen; HR has no menu entry.
 */
class StatisticsBrowserIT extends ApplicationIT {

    @Test
    void theLeaderClicksABarAndLandsOnTheFilteredLedger() throws Exception {
        String audit = ClueFixtures.registered("office", "YBJS", "建投公司统计图表点击测试：审计发现的工程结算问题");
        ClueFixtures.registered("office", "YBJS", "建投公司统计领域点击测试：未归类的同名线索");
        Api.Reply classified = Api.as("office").post("/clues", "{\"source\": \"AUDIT\", \"receivedOn\": \"" + Dates.TODAY
                + "\", \"enterprise\": \"YBJS\", \"summary\": \"建投公司统计领域点击测试：资金违规出借\", \"violations\": [\"14-1\"]}");
        assertEquals(201, classified.status(), classified::toString);
        String funds = classified.json().getJsonObject("clue").getString("ledgerNo");
        try (Browser browser = Browser.open()) {
            StatisticsPage dashboard = SignInPage.open(browser).signIn("leader", "leader").menu().statistics();
            assertTrue(dashboard.sentence().contains("示范发展集团有限公司"), dashboard.sentence());
            List<String> sources = dashboard.names("clueSource");
            assertEquals("信访举报", sources.get(0), sources::toString);
            assertTrue(sources.contains("审计发现"), sources::toString);
            String cases = dashboard.group("cases");
            assertTrue(cases.contains("按期办结") && cases.contains("逾期未结"), cases);
            assertFalse(dashboard.group("clueStatus").contains("REGISTERED"), "names, not codes");
            dashboard.screenshot("statistics-dashboard");
            assertTrue(Files.size(dashboard.exportToExcel()) > 0, "the tables as a workbook");

            // 审计发现 is the second source (ClueSource's order): its bar opens the ledger of audit findings
            dashboard.clickBar("clueSource", 1);
            ClueLedgerPage ledger = dashboard.ledger();
            assertTrue(ledger.currentUrl().contains("source=AUDIT"), ledger.currentUrl());
            assertEquals("审计发现", ledger.sourceFilter(), "the ledger's source filter says what it shows");
            assertTrue(ledger.receivedFrom().endsWith("-01-01"), "the period's first day: " + ledger.receivedFrom());
            ledger.search("统计图表点击测试").waitForOnly(audit);
            ledger.screenshot("statistics-ledger-from-bar");

            // 资金管理 is the eighth area (CircumstanceArea's order, M§14): its bar opens the ledger of that area
            StatisticsPage areas = StatisticsPage.open(browser);
            assertTrue(areas.names("clueArea").contains("资金管理"), areas.names("clueArea")::toString);
            areas.clickBar("clueArea", 7);
            ClueLedgerPage byArea = areas.ledger();
            assertTrue(byArea.currentUrl().contains("area=FUNDS"), byArea.currentUrl());
            assertEquals("资金管理", byArea.areaFilter(), "the ledger's area filter says what it shows");
            byArea.search("统计领域点击测试").waitForOnly(funds);
            byArea.screenshot("statistics-ledger-from-area-bar");

            browser.phone(Browser.PHONE_WIDTH);
            StatisticsPage phone = StatisticsPage.open(browser);
            assertEquals(List.of(), phone.outsideTheWidth(), "nothing beyond a 390-px-wide screen");
            assertTrue(phone.horizontalOverflow() <= 0, "no sideways scrolling");
            phone.screenshot("statistics-dashboard-390px");
            browser.desktop();

            assertFalse(phone.signOut().signIn("hr", "hr").menu().offers(Menu.STATISTICS), "HR has no statistics");
        }
    }
}
