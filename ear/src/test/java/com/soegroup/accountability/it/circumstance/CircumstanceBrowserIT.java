package com.soegroup.accountability.it.circumstance;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.ClueFixtures;
import com.soegroup.accountability.testsupport.Dates;
import com.soegroup.accountability.testsupport.pages.ClueDetailPage;
import com.soegroup.accountability.testsupport.pages.InvestigationPage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.soegroup.accountability.testsupport.InvestigationFixtures.opened;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Classifying with the two-level picker (article, then item): a clue's suspected circumstances on its page, the
 * circumstances found for a subject on the case page, and the picker on a 390-px phone.
 */
class CircumstanceBrowserIT extends ApplicationIT {

    @Test
    void theOfficePicksACircumstanceForAClueAndForAFindingWithTheTwoLevelPicker() {
        Api.Reply registered = Api.as("office").post("/clues", "{\"source\": \"AUDIT\", \"receivedOn\": \"" + Dates.TODAY
                + "\", \"enterprise\": \"YBJS\", \"summary\": \"建投公司账外设立资金池\", \"violations\": [\"9-4\"]}");
        assertEquals(201, registered.status(), registered::toString);
        String clueNo = registered.json().getJsonObject("clue").getString("ledgerNo");
        String caseNo = opened("YBJS", "建投公司未经决策擅自并购", "YB000122");

        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            ClueDetailPage clue = ClueDetailPage.open(browser, clueNo);
            assertTrue(clue.circumstances().contains("《实施办法》第九条第（四）项（利用关联交易输送利益）"), clue.circumstances());
            clue.addViolation("第十四条 资金管理方面的责任追究", "（三）设立“小金库”", "设立“小金库”");
            assertTrue(clue.circumstances().contains("《实施办法》第十四条第（三）项（设立“小金库”）"), clue.circumstances());
            assertTrue(clue.history().contains("修改违规情形"), clue.history());
            clue.screenshot("circumstance-clue");

            InvestigationPage investigation = InvestigationPage.open(browser, caseNo)
                    .fillFindingFacts("未经董事会决议收购关联企业股权")
                    .fillFindingEvidence("股权转让协议、董事会会议记录")
                    .pickViolation("第十二条 投资并购方面的责任追究", "（三）违规决策、未制定风险防范预案", "违规决策、未制定风险防范预案");
            investigation.screenshot("circumstance-finding-picker");
            investigation.recordFinding().waitForFindings("《实施办法》第十二条第（三）项（违规决策、未制定风险防范预案）");
        }

        assertEquals(List.of("9-4", "14-3"), codes(ClueFixtures.detail(clueNo)));
        JsonObject found = Api.as("office").get("/investigations/" + caseNo + "/findings").json()
                .getJsonArray("subjects").getJsonObject(0);
        assertEquals("YB000122", found.getString("employeeNo"));
        assertEquals(List.of("12-3"), codes(found));
    }

    @Test
    void thePickerFitsAPhone() {
        String no = ClueFixtures.registered("office", "YBJS", "建投公司手机端分类的线索：违规提供担保");
        try (Browser browser = Browser.openPhone()) {
            SignInPage.open(browser).signIn("office", "office");
            ClueDetailPage clue = ClueDetailPage.open(browser, no).openClassifying();
            assertEquals(0, clue.horizontalOverflow(), "the clue's page scrolls sideways");
            assertEquals(List.of(), clue.pickerOutsideTheWidth());
            clue.screenshot("phone-circumstance-picker");
        }
    }

    private static List<String> codes(JsonObject withViolations) {
        return withViolations.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("code")).toList();
    }
}
