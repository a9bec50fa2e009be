package com.soegroup.accountability.it.investigation;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.ClueFixtures;
import com.soegroup.accountability.testsupport.pages.ClueDetailPage;
import com.soegroup.accountability.testsupport.pages.InvestigationPage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main path in the browser: the office opens an investigation from an accepted clue, adds a loss item and
 * sees its level, records a finding with an aggravating circumstance and proposes a fault-tolerance evaluation;
 * the leader approves it; the report link gives the PDF.
 */
class InvestigationBrowserIT extends ApplicationIT {

    @Test
    void openAddALossSeeTheLevelRecordAFindingEvaluateApproveAndGetTheReport() {
        String clue = ClueFixtures.accepted("YBJSWY", "物业公司违规对外担保（浏览器）");
        String no;
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            InvestigationPage investigation = ClueDetailPage.open(browser, clue).startInvestigation()
                    .pickSubject("YB000068", "YB000068")
                    .fillTitle("物业公司违规对外担保调查")
                    .fillPlan("调取担保合同及决策记录，约谈相关人员。")
                    .openInvestigation();

            no = investigation.caseNo();
            assertTrue(no.startsWith("YBJSWY-DC-"), no);

            investigation.fillItemDescription("代偿担保债务")
                    .fillItemAmount("1200000")
                    .fillItemEvidence("审计报告〔2026〕21号")
                    .addItem()
                    .waitForLevel("较大资产损失");

            investigation.fillFindingFacts("未经董事会决议对外提供担保")
                    .fillFindingEvidence("担保合同、会议纪要")
                    .tickAggravating("隐瞒不报")
                    .fillAggravatingReason("担保事项未在年度报告中披露")
                    .recordFinding()
                    .waitForFindings("直接责任")
                    .waitForFindings("隐瞒不报、漏报、谎报资产损失（担保事项未在年度报告中披露）");

            investigation.chooseOutcome("减轻处理")
                    .tickCondition("主动采取措施，有效减少或挽回损失、消除不良影响")
                    .fillEvaluationEvidence("已追回代偿款 30 万元的银行回单")
                    .evaluate()
                    .waitForFindings("减轻处理");
            investigation.screenshot("investigation-office");
        }
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("leader", "leader");
            InvestigationPage investigation = InvestigationPage.open(browser, no).approveEvaluation(0)
                    .waitForFindings("领导小组已批准");
            String href = investigation.reportLink();
            assertTrue(href.contains("/accountability/api/v1/investigations/"), href);
            investigation.screenshot("investigation-leader");
        }
        HttpResponse<byte[]> pdf = Api.as("leader").download("/investigations/" + no + "/report.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1));
    }
}
