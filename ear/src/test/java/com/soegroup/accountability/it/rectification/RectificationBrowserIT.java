package com.soegroup.accountability.it.rectification;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.ClueFixtures;
import com.soegroup.accountability.testsupport.DecisionFixtures;
import com.soegroup.accountability.testsupport.RectificationFixtures;
import com.soegroup.accountability.testsupport.pages.RectificationAssignPage;
import com.soegroup.accountability.testsupport.pages.RectificationBoardPage;
import com.soegroup.accountability.testsupport.pages.RectificationMinePage;
import com.soegroup.accountability.testsupport.pages.RectificationTaskPage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rectification path as its users walk it: the office starts a task from the concluded case's page, the liaison
 * finds it through their role card and submits the material with a file, the office verifies it, and the case's
 * clue can then be closed. The new pages also at a phone's width.
 */
class RectificationBrowserIT extends ApplicationIT {

    @Test
    void officeAssignsLiaisonSubmitsOfficeVerifiesAndTheClueCloses() throws Exception {
        String person;
        try (DecisionFixtures db = DecisionFixtures.open()) {
            person = db.person("欧阳整改", "YBJSSJ");
        }
        String[] concluded = RectificationFixtures.concludedCase("YBJSSJ", "设计院违规出借资金（浏览器整改）", person);
        String caseNo = concluded[0];
        String clueNo = concluded[1];

        String no;
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            RectificationAssignPage assign = RectificationAssignPage.fromCase(browser, caseNo);
            assertTrue(assign.origin().contains(caseNo) && assign.origin().contains(clueNo), assign.origin());
            assign.responsible("欧阳整改", "欧阳整改").department("财务部").requirement("修订资金出借审批制度，明确分级授权和集体决策。");
            assign.screenshot("rectification-assign");
            RectificationTaskPage task = assign.save();
            no = task.rectificationNo();
            assertTrue(no.startsWith("YBJSSJ-ZG-"), no);
            assertEquals("待整改", task.status());
            assertTrue(task.clues().contains(clueNo), task.clues());
        }
        Path file = Files.createTempFile("rectification", ".txt");
        Files.writeString(file, "资金管理办法（修订稿）", StandardCharsets.UTF_8);
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("liaison", "liaison");
            RectificationMinePage mine = RectificationMinePage.fromRoleCard(browser);
            assertTrue(mine.open().contains(no), mine.open());
            mine.screenshot("rectification-mine");
            RectificationTaskPage task = mine.task(no).submit("已修订《资金管理办法》，经董事会审议通过。", file);
            task.waitForStatus("已提交");
            assertTrue(task.history().contains("提交整改材料"), task.history());
        }
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            RectificationTaskPage task = RectificationTaskPage.open(browser, no).verify("制度已修订，整改到位");
            task.waitForStatus("已验收");
            assertTrue(task.history().contains("制度已修订，整改到位"), task.history());
            assertFalse(task.history().matches("(?s).*\\b(VERIFIED|SUBMITTED|OPEN)\\b.*"), "names, not codes: " + task.history());
            task.screenshot("rectification-verified");
        }
        assertEquals(200, ClueFixtures.transition("office", clueNo,
                ClueFixtures.detail(clueNo).getJsonObject("clue").getInt("version"), "{\"to\": \"CLOSED\", \"confirmed\": true}").status(),
                "the clue closes once its rectification is verified");
    }

    @Test
    void theNewPagesFitAPhone() {
        try (Browser browser = Browser.openPhone()) {
            SignInPage.open(browser).signIn("office", "office");
            RectificationBoardPage board = RectificationBoardPage.open(browser);
            board.screenshot("rectification-board-phone");
            assertEquals(0, board.horizontalOverflow(), "the board scrolls sideways");
            assertEquals(List.of(), board.outsideTheWidth());
            // the demo's overdue task of 示范设计院: red with the working days late, and the step to a clue offered
            String overdue = Api.as("office").get("/rectifications?enterprise=YBJSSJ&overdue=true&status=OPEN").json()
                    .getJsonArray("items").getJsonObject(0).getString("rectificationNo");
            RectificationTaskPage task = RectificationTaskPage.open(browser, overdue);
            assertTrue(task.deadline().contains("已逾期"), task.deadline());
            assertTrue(task.offersClue(), "an overdue open task can become a clue");
            task.screenshot("rectification-overdue-phone");
            assertEquals(0, task.horizontalOverflow(), "the task page scrolls sideways");
            assertEquals(List.of(), task.outsideTheWidth());
        }
        try (Browser browser = Browser.openPhone()) {
            SignInPage.open(browser).signIn("liaison", "liaison");
            RectificationMinePage mine = RectificationMinePage.fromRoleCard(browser);
            assertEquals(0, mine.horizontalOverflow(), "the liaison's list scrolls sideways");
            mine.screenshot("rectification-mine-phone");
        }
    }
}
