package com.soegroup.accountability.it.investigation;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Database;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;

import static com.soegroup.accountability.testsupport.Dates.TODAY;
import static com.soegroup.accountability.testsupport.EvidenceFixtures.PDF;
import static com.soegroup.accountability.testsupport.EvidenceFixtures.upload;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.lossItem;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.opened;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loss items and the level of an investigation through the API: the sums of rules.md §1 (contingent only with
 * the assessment, recovered apart), the level and articles exactly as the rule engine answers for both shipped
 * rule sets, "assets missing" flagged and re-evaluated once assets are entered, and the one-event-one-report mark.
 */
class LossIT extends ApplicationIT {

    @Test
    void itemsSumAsTheRulesSayAndTheLevelIsTheEnginesUnderTheMunicipalSet() {
        String no = opened("YBJSWY", "物业公司违规出借资金形成损失", "YB000061");
        JsonObject empty = Api.as("office").get("/investigations/" + no + "/loss").json();
        assertEquals("0.00", empty.getJsonObject("totals").getString("counted"));
        assertFalse(empty.containsKey("determination"), "no level without an item");

        assertEquals(201, lossItem(no, "DIRECT", false, "600000.00", null, "100000.00").status());
        assertEquals(201, lossItem(no, "INDIRECT", false, "250000.50", null, null).status());
        assertEquals(201, lossItem(no, "DIRECT", true, "300000.00", "XX会计师事务所评估报告〔2026〕12号", null).status());
        Api.Reply last = lossItem(no, "INDIRECT", true, "999999.99", null, null);
        assertEquals(201, last.status(), last::toString);

        JsonObject loss = last.json();
        JsonObject totals = loss.getJsonObject("totals");
        assertEquals("600000.00", totals.getString("direct"));
        assertEquals("250000.50", totals.getString("indirect"));
        assertEquals("300000.00", totals.getString("contingentCounted"));
        assertEquals("999999.99", totals.getString("contingentAwaitingAssessment"));
        assertEquals("1150000.50", totals.getString("counted"), "recovered amounts never reduce the loss");
        assertEquals("100000.00", totals.getString("recovered"));
        assertFalse(loss.getJsonArray("items").getJsonObject(3).getBoolean("counted"));

        JsonObject d = loss.getJsonObject("determination");
        assertEquals("YB-SASAC-2020", d.getString("ruleSet"));
        assertEquals("LARGER", d.getString("level"));
        assertEquals("LARGER", d.getString("byAmount"));
        assertEquals("GENERAL", d.getString("byShare"));
        assertFalse(d.getBoolean("assetsMissing"));
        assertEngineAgrees(d, null);
        assertTrue(d.getBoolean("incidentReportRequired"));
        assertEquals(TODAY, d.getString("incidentReportSince"));
        assertTrue(Api.as("leader").get("/investigations/incident-reports").body().contains(no), "on the leader's list");
        assertEquals(403, Api.as("investigator").get("/investigations/incident-reports").status());

        // a share above 3% of the prior year-end assets makes it MAJOR though the amount alone is LARGER
        JsonObject major = lossItem(no, "DIRECT", false, "6100000.00", null, null).json().getJsonObject("determination");
        assertEquals("LARGER", major.getString("byAmount"));
        assertEquals("MAJOR", major.getString("byShare"));
        assertEquals("MAJOR", major.getString("level"));
        assertEngineAgrees(major, null);
        assertEquals(TODAY, major.getString("incidentReportSince"), "the obligation arose when LARGER was first reached");
    }

    @Test
    void underTheCentralSetTheLevelIsByAmountOnly() {
        String no = opened("YBJSWY", "物业公司工程转包损失（央企口径）", "YB000062");
        Api.Reply basis = Api.as("office").post("/investigations/" + no + "/loss/determination",
                "{\"determinationDate\": \"" + TODAY + "\", \"ruleSet\": \"SASAC-46-2026\"}");
        assertEquals(200, basis.status(), basis::toString);
        JsonObject d = lossItem(no, "DIRECT", false, "4999999.99", null, null).json().getJsonObject("determination");
        assertEquals("SASAC-46-2026", d.getString("ruleSet"));
        assertEquals("GENERAL", d.getString("level"), "under 5,000,000 is GENERAL whatever the share");
        assertFalse(d.containsKey("byShare"));
        assertFalse(d.getBoolean("incidentReportRequired"));
        assertEngineAgrees(d, "SASAC-46-2026");
        JsonObject larger = lossItem(no, "INDIRECT", false, "0.01", null, null).json().getJsonObject("determination");
        assertEquals("LARGER", larger.getString("level"), "exactly 5,000,000 is LARGER");
        assertEngineAgrees(larger, "SASAC-46-2026");
    }

    @Test
    void missingAssetsAreFlaggedThenReEvaluatedWhenEntered() throws Exception {
        String no = opened("YBWTJD", "酒店公司违规担保代偿损失", "YB000169");
        int year = LocalDate.parse(TODAY).getYear() - 3;
        assertEquals(200, Api.as("office").post("/investigations/" + no + "/loss/determination",
                "{\"determinationDate\": \"" + year + "-06-30\"}").status());
        JsonObject before = lossItem(no, "DIRECT", false, "2100000.00", null, null).json().getJsonObject("determination");
        assertTrue(before.getBoolean("assetsMissing"));
        assertEquals("LARGER", before.getString("level"), "by amount alone");
        assertFalse(before.containsKey("priorYearEndAssets"));

        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            sql.executeUpdate("INSERT INTO enterprise_assets (id, enterprise_id, year, total_assets, net_assets, source, entered_on, entered_by) "
                    + "SELECT nextval('enterprise_assets_seq'), id, " + (year - 1) + ", 60000000.00, 20000000.00, 'LossIT', DATE '"
                    + year + "-04-01', 'it' FROM enterprise WHERE code = 'YBWTJD'");
        }
        JsonObject after = Api.as("office").get("/investigations/" + no + "/loss").json().getJsonObject("determination");
        assertFalse(after.getBoolean("assetsMissing"));
        assertEquals("60000000.00", after.getString("priorYearEndAssets"));
        assertEquals("MAJOR", after.getString("level"), "3.5% of A");
        assertEngineAgrees(after, null);
        assertTrue(Api.as("office").get("/investigations/" + no + "/history").body().contains("LEVEL_DETERMINED"));
    }

    @Test
    void badItemsAreRefusedWithTheirFieldAndOnlyTheTeamOrOfficeAddsThem() {
        String no = opened("YBJSWY", "物业公司问题（输入校验）", "YB000063");
        String[][] cases = {
                {"{\"kind\": \"DIRECT\", \"description\": \"x\", \"amount\": \"-1\", \"basis\": \"INTERNAL\", \"evidenceReference\": \"r\"}", "amount"},
                {"{\"kind\": \"DIRECT\", \"description\": \"x\", \"amount\": \"1.234\", \"basis\": \"INTERNAL\", \"evidenceReference\": \"r\"}", "amount"},
                {"{\"kind\": \"SIDEWAYS\", \"description\": \"x\", \"amount\": \"1\", \"basis\": \"INTERNAL\", \"evidenceReference\": \"r\"}", "kind"},
                {"{\"kind\": \"DIRECT\", \"description\": \"x\", \"amount\": \"1\", \"basis\": \"RUMOUR\", \"evidenceReference\": \"r\"}", "basis"},
                {"{\"kind\": \"DIRECT\", \"description\": \"x\", \"amount\": \"1\", \"basis\": \"INTERNAL\"}", "evidenceReference"},
                {"{\"kind\": \"DIRECT\", \"description\": \"x\", \"amount\": \"1\", \"basis\": \"INTERNAL\", \"evidenceReference\": \"r\", \"assessmentReference\": \"a\"}", "assessmentReference"},
        };
        for (String[] c : cases) {
            Api.Reply reply = Api.as("office").post("/investigations/" + no + "/loss-items", c[0]);
            assertEquals(400, reply.status(), reply::toString);
            assertEquals(c[1], reply.json().getString("field"), reply::toString);
        }
        assertEquals(0, Api.as("office").get("/investigations/" + no + "/loss").json().getJsonArray("items").size());
        assertEquals(404, lossItem(no, "investigator", "DIRECT", false, "1.00", null, null).status(), "not on the team");
        assertEquals(403, lossItem(no, "leader", "DIRECT", false, "1.00", null, null).status());
    }

    @Test
    void anItemRestsOnEvidenceFilesOfItsOwnCaseThatAreNotWithdrawn() throws Exception {
        String no = opened("YBJSWY", "物业公司损失证据关联", "YB000069");
        String other = opened("YBJSWY", "物业公司另案", "YB000063");
        long own = upload(no, "损失审计报告.pdf", PDF).json().getJsonNumber("id").longValue();
        long foreign = upload(other, "另案审计报告.pdf", PDF).json().getJsonNumber("id").longValue();
        long gone = upload(no, "错传文件.pdf", PDF).json().getJsonNumber("id").longValue();
        assertEquals(200, Api.as("office").post("/investigations/" + no + "/evidence/" + gone + "/withdrawal",
                "{\"reason\": \"上传错误\"}").status());

        Api.Reply foreignFile = withFiles(no, "[" + foreign + "]");
        assertEquals(400, foreignFile.status(), foreignFile::toString);
        assertEquals("evidenceFiles[0]", foreignFile.json().getString("field"));
        assertFalse(foreignFile.json().getString("message").contains("另案"), "nothing of the other case is told");
        Api.Reply withdrawnFile = withFiles(no, "[" + own + ", " + gone + "]");
        assertEquals(400, withdrawnFile.status(), withdrawnFile::toString);
        assertEquals("evidenceFiles[1]", withdrawnFile.json().getString("field"));
        assertEquals(400, withFiles(no, "[\"" + own + "\"]").status(), "ids are numbers");
        assertEquals(0, Api.as("office").get("/investigations/" + no + "/loss").json().getJsonArray("items").size(), "nothing kept");

        Api.Reply linked = withFiles(no, "[" + own + "]");
        assertEquals(201, linked.status(), linked::toString);
        JsonObject file = linked.json().getJsonArray("items").getJsonObject(0).getJsonArray("evidenceFiles").getJsonObject(0);
        assertEquals(own, file.getJsonNumber("id").longValue());
        assertEquals("损失审计报告.pdf", file.getString("fileName"));

        byte[] pdf = Api.as("office").download("/investigations/" + no + "/report.pdf").body();
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page));
        }
        // a table cell may wrap the name over lines
        assertTrue(text.toString().replaceAll("\\s", "").contains("损失审计报告.pdf"), "the report names the file: " + text);
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static Api.Reply withFiles(String no, String files) {
        return Api.as("office").post("/investigations/" + no + "/loss-items", "{\"kind\": \"DIRECT\", \"description\": "
                + "\"物业费挪用\", \"amount\": \"80000.00\", \"basis\": \"ACCOUNTING_AUDIT\", \"evidenceReference\": "
                + "\"审计报告〔2026〕31号\", \"evidenceFiles\": " + files + "}");
    }

    private static void assertEngineAgrees(JsonObject d, String ruleSet) {
        String assets = d.containsKey("priorYearEndAssets") ? "\"" + d.getString("priorYearEndAssets") + "\"" : "null";
        JsonObject engine = Api.as("office").post("/rules/loss-level", "{\"amount\": \"" + d.getString("amount")
                + "\", \"priorYearEndAssets\": " + assets + ", \"ruleSet\": " + (ruleSet == null ? "null" : "\"" + ruleSet + "\"")
                + ", \"determinationDate\": \"" + d.getString("determinationDate") + "\"}").json();
        assertEquals(engine.getString("level"), d.getString("level"));
        assertEquals(engine.getString("byAmount"), d.getString("byAmount"));
        assertEquals(engine.getString("ruleSet"), d.getString("ruleSet"));
        assertEquals(engine.getBoolean("assetsMissing"), d.getBoolean("assetsMissing"));
        assertFalse(d.getString("articles").isBlank());
    }
}
