package com.soegroup.accountability.it.effect;

import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.DecisionFixtures;
import com.soegroup.accountability.testsupport.DecisionFixtures.Inserted;
import com.soegroup.accountability.testsupport.pages.EligibilityPage;
import com.soegroup.accountability.testsupport.pages.PayEntryPage;
import com.soegroup.accountability.testsupport.pages.PayInstructionsPage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HR's day with the pay worklist (issue 17), at desktop size: a served decision deducts pay, but HR has not entered
 * the person's pay of the determination year; the worklist's line links to the pay entry with person and year filled
 * in; HR saves the amounts; back on the worklist the line shows an amount instead of "no pay data".
 */
class PayEntryBrowserIT extends ApplicationIT {

    @Test
    void hrFollowsTheNoPayLineEntersThePayAndTheLineIsGone() throws SQLException {
        String person;
        Inserted decision;
        LocalDate served = LocalDate.now().minusMonths(2);
        try (DecisionFixtures fixtures = DecisionFixtures.open()) {
            person = fixtures.person("薛待录", "YBJS");
            decision = fixtures.decision(person).measures("ADMONISHMENT").servedOn(served.toString()).insert();
        }
        try (Connection db = Database.connect();
             PreparedStatement pay = db.prepareStatement("UPDATE decision SET performance_salary_percent = 60 WHERE id = ?")) {
            pay.setLong(1, decision.id());
            assertEquals(1, pay.executeUpdate());
        }
        // the fixture decides 30 days before serving: the pay of that year is the basis
        int year = served.minusDays(30).getYear();

        try (Browser browser = Browser.open()) {
            PayInstructionsPage worklist = SignInPage.open(browser).signIn("hr", "hr").menu().payInstructions();
            assertTrue(line(worklist, decision.decisionNo()).contains("未录入"), () -> line(worklist, decision.decisionNo()));
            worklist.screenshot("pay-worklist-missing");

            PayEntryPage entry = worklist.enterPayOf(person);
            assertTrue(entry.person().contains("薛待录"), entry::person);
            assertEquals(String.valueOf(year), entry.year());
            assertTrue(entry.lacking().contains(decision.decisionNo()), entry::lacking);
            entry.save("360000.00", "100000.00");
            assertTrue(entry.message().contains("薛待录") && entry.message().contains(String.valueOf(year)), entry::message);
            assertTrue(entry.years().contains("360,000.00"), entry::years);
            assertFalse(entry.lacking().contains(decision.decisionNo()), "the line left 待录入薪酬: " + entry.lacking());
            entry.screenshot("pay-entry-saved");

            PayInstructionsPage after = entry.toWorklist();
            String line = line(after, decision.decisionNo());
            assertFalse(line.contains("未录入"), line);
            // 60 % of the performance salary of 360,000.00
            assertTrue(line.contains("216,000.00"), line);
        }
    }

    @Test
    void theEligibilityCardShowsTheIncentiveBarOfADecision() throws SQLException {
        String person;
        Inserted decision;
        LocalDate served = LocalDate.now().minusMonths(4);
        try (DecisionFixtures fixtures = DecisionFixtures.open()) {
            person = fixtures.person("尹激励", "YBJS");
            decision = fixtures.decision(person).measures("CIRCULATED_CRITICISM").servedOn(served.toString()).insert();
        }
        try (Connection db = Database.connect();
             PreparedStatement bar = db.prepareStatement("UPDATE decision SET incentive_bar_years = 5, "
                     + "defer_performance_salary = TRUE WHERE id = ?")) {
            bar.setLong(1, decision.id());
            assertEquals(1, bar.executeUpdate());
        }
        try (Browser browser = Browser.open()) {
            EligibilityPage card = SignInPage.open(browser).signIn("hr", "hr").menu().eligibility().search(person);
            // 通报批评 restricts no post (M§30), yet the person may not join an incentive scheme for five years
            assertTrue(card.promotion().endsWith("是"), card::promotion);
            String terms = card.payTerms();
            assertTrue(terms.contains(decision.decisionNo()) && terms.contains("5 年内不得参加国有企业中长期激励")
                    && terms.contains(served.plusYears(5).toString()) && terms.contains("生效中")
                    && terms.contains("延期支付绩效年薪"), terms);
            card.screenshot("eligibility-card-incentive-bar");
        }
    }

    private static String line(PayInstructionsPage page, String decisionNo) {
        List<List<String>> lines = page.lines();
        return lines.stream().filter(cells -> !cells.isEmpty() && cells.get(0).contains(decisionNo)).findFirst()
                .map(cells -> String.join(" | ", cells)).orElse("");
    }
}
