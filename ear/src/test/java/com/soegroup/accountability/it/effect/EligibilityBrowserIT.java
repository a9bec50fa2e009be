package com.soegroup.accountability.it.effect;

import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.DecisionFixtures;
import com.soegroup.accountability.testsupport.DecisionFixtures.Inserted;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        Path downloads = Files.createTempDirectory("downloads");

        try (Browser browser = Browser.open()) {
            browser.signIn("hr", "hr");
            browser.waitFor(By.id("menu:eligibility")).click();
            browser.waitFor(By.id("eligibility:query")).sendKeys(person);
            browser.driver().findElement(By.id("eligibility:search")).click();

            assertTrue(browser.text(By.id("personName")).startsWith("郭卡片"), () -> browser.text(By.id("personName")));
            assertTrue(browser.text(By.id("eligibility:promotion")).endsWith("否"), () -> browser.text(By.id("eligibility:promotion")));
            assertTrue(browser.text(By.id("eligibility:anyPost")).endsWith("是"));
            String inForce = browser.text(By.id("eligibility:inForce"));
            assertTrue(inForce.contains(demotion.decisionNo()) && inForce.contains("降职"), inForce);
            String timeline = browser.text(By.id("timeline"));
            assertTrue(timeline.contains("生效中") && timeline.contains(demotion.decisionNo()), timeline);
            browser.screenshot("eligibility-card");

            WebElement file = browser.driver().findElement(By.id("eligibility:file_input"));
            file.sendKeys(candidates.toAbsolutePath().toString());
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("resultsSummary")));
            assertTrue(browser.text(By.id("resultsSummary")).contains("共 3 人，其中 1 人未找到"), () -> browser.text(By.id("resultsSummary")));
            String answers = browser.text(By.id("eligibility:answers"));
            assertTrue(answers.contains(person) && answers.contains("未找到"), answers);
            browser.screenshot("eligibility-list");

            ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
            browser.driver().findElement(By.id("eligibility:export")).click();
            Path xlsx = waitForDownload(downloads);
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
            browser.signIn("auditor", "auditor");
            browser.waitFor(By.id("menu:bans")).click();
            assertTrue(browser.text(By.id("count")).contains("共"), () -> browser.text(By.id("count")));
            assertTrue(browser.driver().findElements(By.id("menu:eligibility")).isEmpty(), "no eligibility for the auditor");
            browser.go("/effect/eligibility.xhtml");
            assertTrue(browser.text(By.tagName("h1")).contains("无权访问"), browser.driver().getPageSource());
        }
    }

    private static Path waitForDownload(Path directory) throws Exception {
        for (int i = 0; i < 100; i++) {
            try (var files = Files.list(directory)) {
                List<Path> done = files.filter(f -> f.toString().endsWith(".xlsx")).toList();
                if (!done.isEmpty()) {
                    return done.get(0);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No .xlsx downloaded into " + directory);
    }
}
