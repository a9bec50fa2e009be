package com.soegroup.accountability.it.decision;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.ClueFixtures;
import com.soegroup.accountability.testsupport.ImportFixtures;
import com.soegroup.accountability.testsupport.pages.DecisionPage;
import com.soegroup.accountability.testsupport.pages.DecisionsPage;
import com.soegroup.accountability.testsupport.pages.EligibilityPage;
import com.soegroup.accountability.testsupport.pages.PayInstructionsPage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.soegroup.accountability.testsupport.InvestigationFixtures.assign;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.finding;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.handOver;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.lossItem;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.open;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.transition;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The decision path as its users walk it: the office proposes from the engine's row and records the legality
 * review, the leading group approves, the office serves, and HR finds the restriction on the person's card.
 */
class DecisionBrowserIT extends ApplicationIT {

    @Test
    void proposeReviewApproveServeAndHrSeesTheCard() {
        String people = ImportFixtures.PEOPLE_HEADER + "\r\n"
                + "JD901,邓明轩,YBJSWY,工程部,经理,中层正职,否,否,在职,,,\r\n";
        assertEquals(200, ImportFixtures.upload("hr", "/people/import", "PEOPLE", "p.csv", people.getBytes(StandardCharsets.UTF_8)).status());
        String clue = ClueFixtures.accepted("YBJSWY", "物业公司工程变更未经审批形成损失");
        Api.Reply opened = open(List.of(clue), List.of("JD901"));
        assertEquals(201, opened.status(), opened::toString);
        String caseNo = opened.json().getJsonObject("summary").getString("caseNo");
        assertEquals(200, assign(caseNo, "investigator", "LEADER").status());
        assertEquals(200, Api.as("investigator").post("/investigations/" + caseNo + "/recusal",
                "{\"conflict\": false, \"statement\": \"本人与本案及被调查人无利害关系\"}").status());
        assertEquals(200, transition("office", caseNo, 0, "IN_PROGRESS", null).status());
        assertEquals(201, lossItem(caseNo, "DIRECT", false, "1500000.00", null, null).status());
        assertEquals(200, finding(caseNo, "JD901", "DIRECT", "[]").status());
        assertEquals(200, transition("office", caseNo, version(caseNo), "REPORT_DRAFTED", null).status());
        assertEquals(200, transition("leader", caseNo, version(caseNo), "REPORT_APPROVED", null).status());
        assertEquals(200, handOver(caseNo, "YBJT", "集团本部直接组织开展").status());
        assertEquals(200, transition("office", caseNo, version(caseNo), "CONCLUDED", null).status());

        String decisionNo;
        try (Browser browser = Browser.open()) {
            DecisionsPage decisions = SignInPage.open(browser).signIn("office", "office").menu().decisions().loadCase(caseNo);
            String recommended = decisions.recommendedMeasures();
            assertTrue(recommended.contains("降职") && recommended.contains("通报批评"), recommended);
            decisions.tickMeasure("降职").applyRecommendedTerms();
            decisions.screenshot("decision-proposal");
            DecisionPage decision = decisions.propose();

            decisionNo = decision.decisionNo();
            // numbered by the deciding unit: the group, the confirmed handling unit of this LARGER loss (rules.md §9)
            assertTrue(decisionNo.startsWith("YBJT-JD-"), decisionNo);
            assertTrue(decision.measures().contains("降职"));
            assertTrue(decision.violations().contains("《实施办法》第九条第（一）项"), "from the finding: " + decision.violations());
            assertEquals("在建议范围内", decision.deviation());
            decision.recordLegalReview("法律事务部 周律", "程序合法，依据充分").waitForLegalReview("程序合法");
        }
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("leader", "leader");
            DecisionPage.open(browser, decisionNo).approve().waitForStatus("已批准");
        }
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            DecisionPage.open(browser, decisionNo).serve().waitForStatus("已生效").screenshot("decision-served");
        }
        try (Browser browser = Browser.open()) {
            EligibilityPage card = SignInPage.open(browser).signIn("hr", "hr").menu().eligibility().search("JD901");
            String inForce = card.inForce();
            assertTrue(inForce.contains(decisionNo) && inForce.contains("降职"), inForce);
            assertTrue(card.promotion().endsWith("否"));
            card.screenshot("decision-on-hr-card");

            // the worklist computes its lines together: each must be the decision's own pay part
            PayInstructionsPage worklist = card.menu().payInstructions();
            List<String> listed = new ArrayList<>();
            for (List<String> cells : worklist.lines()) {
                String no = cells.get(0);
                listed.add(no);
                JsonObject pay = Api.as("hr").get("/decisions/" + no + "/pay").json();
                // absent when the pay data is missing: the line says so instead of an amount
                if (pay.containsKey("applicable")) {
                    assertEquals(grouped(pay.getJsonObject("applicable").getString("amount")), cells.get(4), no);
                }
                assertEquals(grouped(pay.getString("recovered")), cells.get(5), no);
                assertEquals(pay.containsKey("outstanding") ? grouped(pay.getString("outstanding")) : "", cells.get(6), no);
            }
            assertTrue(listed.contains(decisionNo), listed::toString);
            worklist.screenshot("pay-instructions");
        }
    }

    private static String grouped(String amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(new BigDecimal(amount));
    }
}
