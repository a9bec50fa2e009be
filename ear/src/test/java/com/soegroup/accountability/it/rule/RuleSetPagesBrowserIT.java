package com.soegroup.accountability.it.rule;

import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.pages.RuleSetPage;
import com.soegroup.accountability.testsupport.pages.RuleSetsPage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** An administrator looks at the shipped rule sets and starts a new version by copying one to a draft. */
class RuleSetPagesBrowserIT extends ApplicationIT {

    @Test
    void adminSeesTheUnreviewedCentralSetAndCopiesTheMunicipalOne() {
        try (Browser browser = Browser.open()) {
            RuleSetsPage sets = SignInPage.open(browser).signIn("admin", "admin").menu().ruleSets();

            String table = sets.table();
            assertTrue(table.contains("YB-SASAC-2020") && table.contains("SASAC-46-2026"), table);
            assertTrue(table.contains("处理标准尚未审核"), "the central set's copied tables are marked: " + table);
            sets.screenshot("rule-sets");

            RuleSetPage central = sets.openSet("SASAC-46-2026");
            assertTrue(central.status().contains("草稿"));
            central.screenshot("rule-set-central");

            // rows run newest first: the municipal set of 2020 is the second
            RuleSetPage draft = RuleSetsPage.open(browser).copy(1, "YB-DRAFT-2031", "示范修订稿", "2031-01-01");

            assertTrue(draft.status().contains("草稿"), draft.currentUrl());
            assertTrue(draft.currentUrl().contains("code=YB-DRAFT-2031"), draft.currentUrl());
        }
    }
}
