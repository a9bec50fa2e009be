package com.soegroup.accountability.it.investigation;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.InvestigationFixtures;
import com.soegroup.accountability.testsupport.pages.ClueDetailPage;
import com.soegroup.accountability.testsupport.pages.DecisionsPage;
import com.soegroup.accountability.testsupport.pages.InvestigationPage;
import com.soegroup.accountability.testsupport.pages.InvestigationsPage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The office's, the investigator's and the leading group's day on one case, at desktop size: 立项调查 from the
 * accepted clue with its persons carried over, the team picked by name, starting shown disabled with its reason
 * until every member signed the recusal declaration (whose screen shows what the case is about and whom it
 * investigates), approvals confirmed with an opinion kept in the case record, and the decision form offered only
 * for the concluded case, prefilled with the approved 从轻 and nothing further ticked.
 */
class CaseWorkflowBrowserIT extends ApplicationIT {

    private static final String SUBJECT = "YB000041";

    @Test
    void fromTheAcceptedClueToAPrefilledDecision() {
        String clue = InvestigationFixtures.acceptedClueConcerning("YBJS", "建投公司违规出借资金形成损失。借款方已无力偿还", SUBJECT);
        String subjectName = Api.as("office").get("/people/" + SUBJECT).json().getJsonObject("person").getString("name");
        String no;

        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            InvestigationsPage form = ClueDetailPage.open(browser, clue).startInvestigation();
            assertEquals(clue, form.clueNo());
            assertTrue(form.subjects().contains(subjectName), "the person concerned is carried over: " + form.subjects());
            form.screenshot("workflow-open-from-clue");
            InvestigationPage investigation = form.fillPlan("调取借款合同及审批记录，约谈相关人员。").openInvestigation();
            no = investigation.caseNo();
            assertEquals(clue, investigation.clues(), "the clue it came from, by its number, a link back");
            assertTrue(investigation.nextStep().contains("指定核查工作组组长"), investigation.nextStep());
            assertTrue(investigation.stepDisabled("IN_PROGRESS"));

            investigation.assignMember("张伟", "张伟", "组长", "审计部").waitForMessage("张伟 已加入核查工作组")
                    .assignMember("李建国", "李建国", "组员", "集团领导").waitForTeam("李建国");
            assertTrue(investigation.stepDisabled("IN_PROGRESS"));
            String reason = investigation.stepsText();
            assertTrue(reason.contains("待全部组员签署回避声明") && reason.contains("张伟") && reason.contains("李建国"), reason);
            assertTrue(investigation.nextStep().contains("签署回避声明"), investigation.nextStep());
            investigation.screenshot("workflow-waiting-for-recusal");

            browser.go("/decision/decisions.xhtml?case=" + no);
            String notYet = DecisionsPage.at(browser).notConcluded();
            assertTrue(notYet.contains("尚未办结"), notYet);
        }

        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("investigator", "investigator");
            InvestigationPage recusal = InvestigationPage.open(browser, no);
            String brief = recusal.recusalBrief();
            assertTrue(brief.contains("建投公司违规出借资金形成损失") && brief.contains(subjectName), brief);
            recusal.screenshot("workflow-recusal");
            recusal.declareNoConflict("本人与本案及被调查人无利害关系").waitForMessage("回避声明已签署");
        }
        assertEquals(200, Api.as("leader").post("/investigations/" + no + "/recusal",
                "{\"conflict\": false, \"statement\": \"无利害关系\"}").status());

        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            InvestigationPage investigation = InvestigationPage.open(browser, no);
            assertFalse(investigation.stepDisabled("IN_PROGRESS"));
            investigation.takeStep("IN_PROGRESS", null).waitForStatus("调查中").waitForMessage("已转为");
        }
        assertEquals(201, InvestigationFixtures.lossItem(no, "DIRECT", false, "1500000.00", null, null).status());
        assertEquals(200, InvestigationFixtures.finding(no, SUBJECT, "DIRECT", "[]").status());
        assertEquals(200, InvestigationFixtures.evaluate(no, SUBJECT, "[]",
                "[{\"code\": \"RECOVERED_LOSS\", \"evidence\": \"追回款项银行回单\"}]", "LIGHTER").status());

        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("investigator", "investigator");
            InvestigationPage.open(browser, no).takeStep("REPORT_DRAFTED", null).waitForStatus("报告已起草");
        }

        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("leader", "leader");
            InvestigationPage investigation = InvestigationPage.open(browser, no)
                    .approveEvaluation(0, "同意从轻处理").waitForMessage("容错评估结果已批准")
                    .waitForFindings("领导小组已批准");
            assertTrue(investigation.nextStep().contains("领导小组审批调查报告"), investigation.nextStep());
            investigation.takeStep("REPORT_APPROVED", "同意。事实清楚，证据充分").waitForStatus("报告已批准")
                    .waitForMessage("调查报告已批准");
            String history = investigation.history();
            assertTrue(history.contains("同意。事实清楚，证据充分") && history.contains("同意从轻处理"), history);
            investigation.screenshot("workflow-report-approved");
        }

        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            InvestigationPage concluding = InvestigationPage.open(browser, no);
            // a larger loss: only its confirmed handling unit may conclude it, and the page says so before the click
            assertTrue(concluding.stepDisabled("CONCLUDED"), "concluding waits for the handling unit");
            assertTrue(concluding.stepsText().contains("须先确认管辖单位"), concluding.stepsText());
            concluding.confirmHandOver("示范集团纪〔2026〕12号").waitForMessage("承办。");
            String unit = concluding.jurisdiction();
            assertTrue(unit.contains("已确认"), unit);
            DecisionsPage decision = concluding.takeStep("CONCLUDED", null).waitForStatus("已办结")
                    .toDecision();
            assertEquals("从轻处理", decision.outcome(), "the leading group approved 从轻");
            assertFalse(decision.ticked("defer"));
            assertFalse(decision.ticked("endRights"));
            assertFalse(decision.ticked("barPermanent"));
            assertTrue(decision.furtherTermsHint().contains("延期支付绩效年薪 是"), decision.furtherTermsHint());
            decision.screenshot("workflow-decision-prefilled");
        }
    }
}
