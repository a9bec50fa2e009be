package com.soegroup.accountability.it.effect;

import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.DecisionFixtures;
import com.soegroup.accountability.testsupport.DecisionFixtures.Inserted;
import com.soegroup.accountability.testsupport.pages.EligibilityPage;
import com.soegroup.accountability.testsupport.pages.HomePage;
import com.soegroup.accountability.testsupport.pages.Menu;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HR's page: a person's card with the timeline, a candidate list uploaded and exported; the ban list page. */
class EligibilityBrowserIT extends ApplicationIT {

    @Test
    void hrSeesTheCardUploadsACandidateListAndExportsIt() throws Exception {
        String person;
        Inserted demotion;
        try (DecisionFixtures fixtures = DecisionFixtures.open()) {
            person = fixtures.person("郭卡片", "YBJS");
            demotion = fixtures.decision(person).measures("DEMOTION").servedOn(LocalDate.now().minusMonths(3).toString()).insert();
        }
        Path candidates = Files.createTempFile("candidates", ".csv");
        Files.writeString(candidates, "工号,姓名\n" + person + ",郭卡片\nNO-SUCH-PERSON,无名\nYB000150,\n", StandardCharsets.UTF_8);

        try (Browser browser = Browser.open()) {
            EligibilityPage card = SignInPage.open(browser).signIn("hr", "hr").menu().eligibility().search(person);

            assertTrue(card.personName().startsWith("郭卡片"), card::personName);
            assertTrue(card.promotion().endsWith("否"), card::promotion);
            assertTrue(card.anyPost().endsWith("是"));
            String inForce = card.inForce();
            assertTrue(inForce.contains(demotion.decisionNo()) && inForce.contains("降职"), inForce);
            String timeline = card.timeline();
            assertTrue(timeline.contains("生效中") && timeline.contains(demotion.decisionNo()), timeline);
            card.screenshot("eligibility-card");

            card.uploadCandidates(candidates);
            assertTrue(card.resultsSummary().contains("共 3 人，其中 1 人未找到"), card::resultsSummary);
            String answers = card.answers();
            assertTrue(answers.contains(person) && answers.contains("未找到"), answers);
            card.screenshot("eligibility-list");

            Path xlsx = card.export();
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
                XSSFSheet sheet = book.getSheetAt(0);
                assertEquals("工号", sheet.getRow(1).getCell(0).getStringCellValue());
                assertEquals(person, sheet.getRow(2).getCell(0).getStringCellValue());
                assertEquals("否", sheet.getRow(2).getCell(3).getStringCellValue());
                assertEquals(demotion.periodStart().plusYears(2),
                        sheet.getRow(2).getCell(6).getLocalDateTimeCellValue().toLocalDate());
                assertEquals("NO-SUCH-PERSON", sheet.getRow(3).getCell(0).getStringCellValue());
            }
        }
    }

    @Test
    void theBanListPageIsForTheAuditorsToo() {
        try (Browser browser = Browser.open()) {
            HomePage home = SignInPage.open(browser).signIn("auditor", "auditor");
            String count = home.menu().bans().count();
            assertTrue(count.contains("共"), count);
            assertFalse(home.menu().offers(Menu.ELIGIBILITY), "no eligibility for the auditor");
            EligibilityPage refused = EligibilityPage.open(browser);
            assertTrue(refused.heading().contains("无权访问"), refused::source);
        }
    }
}
