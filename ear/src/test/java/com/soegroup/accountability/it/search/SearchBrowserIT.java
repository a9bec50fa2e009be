package com.soegroup.accountability.it.search;

import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.ClueFixtures;
import com.soegroup.accountability.testsupport.pages.ClueDetailPage;
import com.soegroup.accountability.testsupport.pages.PeoplePage;
import com.soegroup.accountability.testsupport.pages.SearchPage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The header's search box: the office types a Chinese word or a name on any page, reads the results by kind with
 * names (no codes), opens a record with one click; the results page fits a phone's 390-px-wide screen; a query that
 * cannot be searched says why.
 */
class SearchBrowserIT extends ApplicationIT {

    @Test
    void theOfficeFindsAClueAndAPersonFromTheHeaderAndOpensEachWithOneClick() {
        String no = ClueFixtures.registered("office", "YBJS", "建投公司翡翠鸟仓库存货盘亏未查明原因");
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");

            SearchPage results = SearchPage.fromHeader(browser, "翡翠鸟").waitForResult(no);
            assertEquals(List.of(no), results.numbers());
            String lines = results.results();
            assertTrue(lines.contains("问题线索") && lines.contains("已登记") && lines.contains("示范建设投资有限公司"), lines);
            assertFalse(lines.contains("REGISTERED") || lines.contains("CLUE") || lines.contains("YBJS "), "names, not codes: " + lines);
            assertTrue(results.tabs().contains("问题线索 (1)"), results.tabs());
            assertEquals("翡翠鸟", results.box(), "the box keeps the query");
            results.screenshot("search-results");

            assertTrue(results.fitsWidth(390), "nothing beyond the right edge of a 390-px-wide phone");
            results.screenshot("search-results-390px");
            results.desktop();

            ClueDetailPage clue = results.openClue(no);
            assertEquals(no, clue.ledgerNo());

            SearchPage people = SearchPage.fromHeader(browser, "刘芳").waitForResult("DEMO-LIAISON");
            people.chooseTab("人员").waitForResult("DEMO-LIAISON");
            assertEquals(List.of("DEMO-LIAISON"), people.numbers());
            PeoplePage person = people.openPerson("DEMO-LIAISON");
            assertTrue(person.detail().contains("刘芳") && person.detail().contains("综合办公室主任"), person.detail());

            SearchPage refused = SearchPage.fromHeader(browser, "张");
            assertTrue(refused.message().contains("请至少输入两个字"), refused.message());
        }
    }
}
