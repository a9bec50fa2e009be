package com.soegroup.accountability.it.decision;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.ClueFixtures;
import com.soegroup.accountability.testsupport.ImportFixtures;
import org.junit.jupiter.api.Test;
import jakarta.json.JsonObject;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static com.soegroup.accountability.testsupport.InvestigationFixtures.assign;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.finding;
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
        assertEquals(200, transition("office", caseNo, version(caseNo), "CONCLUDED", null).status());

        String decisionNo;
        try (Browser office = Browser.open()) {
            office.signIn("office", "office");
            office.waitFor(By.id("menu:decisions")).click();
            office.waitFor(By.id("newForm:caseNo")).sendKeys(caseNo);
            office.driver().findElement(By.id("newForm:loadCase")).click();
            String recommended = office.text(By.id("recommendedMeasures"));
            assertTrue(recommended.contains("降职") && recommended.contains("通报批评"), recommended);
            office.driver().findElement(By.cssSelector("label[for='newForm:measures:6']")).click(); // 降职
            office.screenshot("decision-proposal");
            office.driver().findElement(By.id("newForm:propose")).click();

            decisionNo = office.text(By.id("decisionNo"));
            assertTrue(decisionNo.startsWith("YBJSWY-JD-"), decisionNo);
            assertTrue(office.text(By.id("measures")).contains("降职"));
            assertEquals("在建议范围内", office.text(By.id("deviation")));
            office.waitFor(By.id("dec:reviewer")).sendKeys("法律事务部 周律");
            office.driver().findElement(By.id("dec:opinion")).sendKeys("程序合法，依据充分");
            office.driver().findElement(By.id("dec:legalReview")).click();
            waitForText(office, By.id("legalReview"), "程序合法");
        }
        try (Browser leader = Browser.open()) {
            leader.signIn("leader", "leader");
            leader.go("/decision/decision.xhtml?no=" + decisionNo);
            leader.waitFor(By.cssSelector(".app-move-APPROVED")).click();
            waitForText(leader, By.id("status"), "已批准");
        }
        try (Browser office = Browser.open()) {
            office.signIn("office", "office");
            office.go("/decision/decision.xhtml?no=" + decisionNo);
            office.waitFor(By.cssSelector(".app-move-EFFECTIVE")).click();
            waitForText(office, By.id("status"), "已生效");
            office.screenshot("decision-served");
        }
        try (Browser hr = Browser.open()) {
            hr.signIn("hr", "hr");
            hr.waitFor(By.id("menu:eligibility")).click();
            hr.waitFor(By.id("eligibility:query")).sendKeys("JD901");
            hr.driver().findElement(By.id("eligibility:search")).click();
            String inForce = hr.text(By.id("eligibility:inForce"));
            assertTrue(inForce.contains(decisionNo) && inForce.contains("降职"), inForce);
            assertTrue(hr.text(By.id("eligibility:promotion")).endsWith("否"));
            hr.screenshot("decision-on-hr-card");

            // the worklist computes its lines together: each must be the decision's own pay part
            hr.waitFor(By.id("menu:payInstructions")).click();
            List<WebElement> rows = hr.waitFor(By.id("pay:table_data")).findElements(By.tagName("tr"));
            List<String> listed = new ArrayList<>();
            for (WebElement row : rows) {
                List<WebElement> cells = row.findElements(By.tagName("td"));
                String no = cells.get(0).getText();
                listed.add(no);
                JsonObject pay = Api.as("hr").get("/decisions/" + no + "/pay").json();
                // absent when the pay data is missing: the line says so instead of an amount
                if (pay.containsKey("applicable")) {
                    assertEquals(grouped(pay.getJsonObject("applicable").getString("amount")), cells.get(4).getText(), no);
                }
                assertEquals(grouped(pay.getString("recovered")), cells.get(5).getText(), no);
                assertEquals(pay.containsKey("outstanding") ? grouped(pay.getString("outstanding")) : "", cells.get(6).getText(), no);
            }
            assertTrue(listed.contains(decisionNo), listed::toString);
            hr.screenshot("pay-instructions");
        }
    }

    private static String grouped(String amount) {
        return new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))
                .format(new java.math.BigDecimal(amount));
    }

    private static void waitForText(Browser browser, By locator, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }
}
