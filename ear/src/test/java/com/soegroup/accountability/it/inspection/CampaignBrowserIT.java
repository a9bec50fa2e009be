package com.soegroup.accountability.it.inspection;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.Dates;
import com.soegroup.accountability.testsupport.pages.CampaignLaunchPage;
import com.soegroup.accountability.testsupport.pages.CampaignMinePage;
import com.soegroup.accountability.testsupport.pages.CampaignPage;
import com.soegroup.accountability.testsupport.pages.CampaignSheetPage;
import com.soegroup.accountability.testsupport.pages.CampaignsPage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import com.soegroup.accountability.testsupport.pages.TrainingsPage;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A self-inspection campaign as its users walk it: the office launches it over 示范建投's subsidiaries, the liaison of
 * 示范设计院 finds it through the role card, answers with a problem and submits, the office accepts and turns the
 * problem into a clue that the answer then names. The new pages also at a phone's width.
 */
class CampaignBrowserIT extends ApplicationIT {

    @Test
    void officeLaunchesLiaisonAnswersOfficeAcceptsAndTheProblemBecomesAClue() {
        String title = "浏览器自查：资金出借专项";
        String no;
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            CampaignLaunchPage launch = CampaignLaunchPage.open(browser).title(title).topic("资金管理").enterprise("示范建投")
                    .addItem("是否存在未经集体决策向关联方出借资金");
            assertTrue(launch.workingDays().contains("工作日"), launch.workingDays());
            launch.screenshot("campaign-launch");
            CampaignPage campaign = launch.launch();
            no = campaign.campaignNo();
            assertTrue(no.startsWith("YBJS-ZC-"), no);
            assertEquals("进行中", campaign.status());
            assertTrue(campaign.progress().contains("示范建设设计院有限公司") && campaign.progress().contains("待填报"),
                    campaign.progress());
        }
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("liaison", "liaison");
            CampaignMinePage mine = CampaignMinePage.fromRoleCard(browser);
            assertTrue(mine.waiting().contains(title), mine.waiting());
            CampaignSheetPage sheet = mine.sheet(title).problem(0, "2026年向关联方出借资金80万元未经集体决策", "800000").save();
            assertTrue(sheet.answers().contains("发现问题") || sheet.answers().contains("800"), sheet.answers());
            sheet.submit().waitForStatus("已提交");
            sheet.screenshot("campaign-sheet-submitted");
        }
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            CampaignSheetPage sheet = CampaignPage.open(browser, no).sheet("示范建设设计院有限公司");
            sheet.accept("自查认真，问题属实").waitForStatus("已审核通过");
            String clue = sheet.makeClue(0).clueOf(0);
            assertTrue(clue.contains("YBJSSJ-XS-"), clue);
            sheet.screenshot("campaign-sheet-clue");
            String ledgerNo = clue.substring(clue.indexOf("YBJSSJ-XS-")).strip();
            JsonObject registered = Api.as("office").get("/clues/" + ledgerNo).json().getJsonObject("clue");
            assertEquals("SELF_INSPECTION", registered.getString("source"));
            assertTrue(registered.getString("summary").contains("出借资金"), registered::toString);
            assertFalse(sheet.answers().matches("(?s).*\\b(PROBLEM|NO_PROBLEM|ACCEPTED)\\b.*"), "names, not codes");

            TrainingsPage trainings = TrainingsPage.open(browser);
            trainings.record("浏览器登记的责任追究培训", "示范建投", Dates.TODAY, "1.5", 8);
            assertEquals("", trainings.course(), "the form clears after saving");
            assertTrue(trainings.list().contains("浏览器登记的责任追究培训") && trainings.list().contains("8"), trainings.list());
            trainings.screenshot("trainings-recorded");
        }
    }

    @Test
    void theNewPagesFitAPhone() {
        try (Browser browser = Browser.openPhone()) {
            SignInPage.open(browser).signIn("office", "office");
            CampaignsPage campaigns = CampaignsPage.open(browser);
            campaigns.screenshot("campaigns-phone");
            assertEquals(0, campaigns.horizontalOverflow(), "the list scrolls sideways");
            assertEquals(List.of(), campaigns.outsideTheWidth());
            String running = Api.as("office").get("/campaigns?status=RUNNING").json().getJsonArray("items").getJsonObject(0)
                    .getString("campaignNo");
            CampaignPage campaign = CampaignPage.open(browser, running);
            campaign.screenshot("campaign-phone");
            assertEquals(0, campaign.horizontalOverflow(), "the campaign page scrolls sideways");
            assertEquals(List.of(), campaign.outsideTheWidth());
            TrainingsPage trainings = TrainingsPage.open(browser);
            trainings.screenshot("trainings-phone");
            assertEquals(0, trainings.horizontalOverflow(), "the training list scrolls sideways");
            assertEquals(List.of(), trainings.outsideTheWidth());
        }
        try (Browser browser = Browser.openPhone()) {
            SignInPage.open(browser).signIn("liaison", "liaison");
            CampaignMinePage mine = CampaignMinePage.fromRoleCard(browser);
            mine.screenshot("campaign-mine-phone");
            assertEquals(0, mine.horizontalOverflow(), "the liaison's list scrolls sideways");
            // the demo's group-wide campaign is past its due date: 示范设计院's sheet is red with the working days late
            String overdue = Api.as("liaison").get("/campaigns?status=RUNNING").json().getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream().filter(c -> c.getInt("overdue") > 0).findFirst().orElseThrow()
                    .getString("campaignNo");
            assertTrue(mine.waiting().contains("已逾期"), mine.waiting());
            CampaignSheetPage sheet = CampaignSheetPage.open(browser, overdue, "YBJSSJ");
            assertTrue(sheet.dueDate().contains("已逾期"), sheet.dueDate());
            sheet.screenshot("campaign-sheet-phone");
            assertEquals(0, sheet.horizontalOverflow(), "the answer sheet scrolls sideways");
            assertEquals(List.of(), sheet.outsideTheWidth());
        }
    }
}
