package com.soegroup.accountability.it.circumstance;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.ClueFixtures;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.Dates;
import com.soegroup.accountability.testsupport.Samples;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static com.soegroup.accountability.testsupport.InvestigationFixtures.assign;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.finding;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.lossItem;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.opened;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.transition;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Circumstance classification (违规情形, M§7–M§16): the catalogue of the rule set in force, a clue's suspected
 * circumstances through the API (stored as rows statistics count), bad codes refused without a change, and the
 * report's approval held back by a finding that names none, with the report then citing them.
 */
class CircumstanceIT extends ApplicationIT {

    @Test
    void theCatalogueInForceIsTheMeasuresArticleByArticleAndTheCentralSetHasItsOwn() {
        JsonObject catalogue = Api.as("liaison").get("/rules/circumstances").json();
        assertEquals("YB-SASAC-2020", catalogue.getString("ruleSet"));
        assertEquals("MEASURES-2020", catalogue.getString("catalogue"));
        List<JsonObject> articles = catalogue.getJsonArray("articles").getValuesAs(JsonObject.class);
        assertEquals(List.of(7, 8, 9, 10, 11, 12, 13, 14, 15, 16), articles.stream().map(a -> a.getInt("article")).toList());
        JsonObject investment = articles.get(5);
        assertEquals("INVESTMENT_MERGER", investment.getString("area"));
        assertEquals("第十二条", investment.getString("reference"));
        assertEquals(7, investment.getJsonArray("items").size());
        JsonObject third = investment.getJsonArray("items").getJsonObject(2);
        assertEquals("12-3", third.getString("code"));
        assertEquals("未按规定履行决策和审批程序，决策未充分考虑重大风险因素，未制定风险防范预案。", third.getString("text"));
        assertTrue(third.getString("citation").startsWith("违反《实施办法》第十二条第（三）项"), third.getString("citation"));

        JsonObject central = Api.as("office").get("/rules/sets/SASAC-46-2026/circumstances").json();
        assertEquals("O63-2016", central.getString("catalogue"));
        assertTrue(central.toString().contains("投资参股后未行使股东权利"), "O63 二 (六) as the seed has it");
        assertEquals(404, Api.as("office").get("/rules/sets/NO-SUCH-SET/circumstances").status());
    }

    @Test
    void aClueCarriesItsSuspectedCircumstancesThroughTheApiAndBadCodesChangeNothing() throws Exception {
        Api.Reply registered = Api.as("office").post("/clues", "{\"source\": \"AUDIT\", \"receivedOn\": \"" + Dates.TODAY
                + "\", \"enterprise\": \"YBJS\", \"summary\": \"建投公司高溢价并购关联企业\", \"violations\": [\"12-4\", \"9-4\"]}");
        assertEquals(201, registered.status(), registered::toString);
        String no = registered.json().getJsonObject("clue").getString("ledgerNo");
        JsonObject detail = ClueFixtures.detail(no);
        assertEquals(List.of("9-4", "12-4"), codes(detail), "in the catalogue's order");
        JsonObject first = detail.getJsonArray("violations").getJsonObject(0);
        assertEquals("PURCHASE_SALES", first.getString("area"));
        assertEquals("违反《实施办法》第九条第（四）项（利用关联交易输送利益）", first.getString("citation"));
        assertEquals(List.of("PURCHASE_SALES|9|4", "INVESTMENT_MERGER|12|4"), rows(no), "rows statistics count");

        int version = detail.getJsonObject("clue").getInt("version");
        Api.Reply unknown = Api.as("office").put("/clues/" + no + "/violations",
                "{\"version\": " + version + ", \"violations\": [\"14-3\", \"99-1\"]}");
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals("violations", unknown.json().getString("field"));
        assertTrue(unknown.json().getString("message").contains("99-1"), unknown.json().getString("message"));
        assertEquals(List.of("9-4", "12-4"), codes(ClueFixtures.detail(no)), "a refusal changes nothing");
        Api.Reply stale = Api.as("office").put("/clues/" + no + "/violations",
                "{\"version\": " + (version + 5) + ", \"violations\": [\"14-3\"]}");
        assertEquals(409, stale.status(), stale::toString);
        assertEquals(403, Api.as("leader").put("/clues/" + no + "/violations",
                "{\"version\": " + version + ", \"violations\": [\"14-3\"]}").status(), "registrars classify");

        Api.Reply changed = Api.as("office").put("/clues/" + no + "/violations",
                "{\"version\": " + version + ", \"violations\": [\"14-3\"]}");
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(List.of("14-3"), codes(changed.json()));
        assertEquals(version + 1, changed.json().getJsonObject("clue").getInt("version"), "a change of the clue");
        assertEquals(List.of("FUNDS|14|3"), rows(no));
        String history = Api.as("office").get("/clues/" + no + "/history").body();
        assertTrue(history.contains("CIRCUMSTANCES_CHANGED") && history.contains("《实施办法》第十四条第（三）项（设立“小金库”）"),
                "the history names them: " + history);
        HttpResponse<byte[]> file = Api.as("office").download("/clues/export.xlsx?q="
                + URLEncoder.encode("高溢价并购关联企业", StandardCharsets.UTF_8));
        assertEquals(200, file.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(2);
            int column = header.getLastCellNum() - 1;
            assertEquals("违规情形（疑似）", header.getCell(column).getStringCellValue(), "the ledger's last column");
            Row line = sheet.getRow(3);
            assertEquals(no, line.getCell(1).getStringCellValue());
            assertEquals("《实施办法》第十四条第（三）项（设立“小金库”）", line.getCell(column).getStringCellValue());
        }
        JsonObject audited = Api.as("admin").get("/audit?objectType=CLUE&objectId=" + no + "&action=UPDATE&size=1").json()
                .getJsonArray("items").getJsonObject(0);
        assertTrue(audited.toString().contains("\"field\":\"circumstances\""), "the change is audited: " + audited);
    }

    @Test
    void aFindingWithoutACircumstanceBlocksTheApprovalNamingThePersonAndOnceClassifiedTheReportCitesIt() throws Exception {
        String no = opened("YBJS", "建投公司未经决策擅自投资并购", "YB000120", "YB000121");
        List<String> names = Api.as("office").get("/investigations/" + no).json().getJsonArray("subjects")
                .getValuesAs(JsonObject.class).stream().map(s -> s.getString("name")).toList();
        assertEquals(200, assign(no, "investigator", "LEADER").status());
        assertEquals(200, Api.as("investigator").post("/investigations/" + no + "/recusal", "{\"conflict\": false}").status());
        assertEquals(200, transition("office", no, version(no), "IN_PROGRESS", null).status());
        assertEquals(201, lossItem(no, "DIRECT", false, "800000.00", null, null).status());
        assertEquals(200, finding(no, "YB000120", "DIRECT", "[]", "[\"12-3\", \"12-1\"]", null).status());
        Api.Reply unclassified = finding(no, "YB000121", "SUPERVISORY", "[]", "[]", null);
        assertEquals(200, unclassified.status(), unclassified::toString);
        assertEquals(400, finding(no, "YB000121", "SUPERVISORY", "[]", "[\"12-9\"]", 0).status(), "no item 12-9");
        assertEquals(200, transition("office", no, version(no), "REPORT_DRAFTED", null).status());

        JsonObject approve = Api.as("leader").get("/investigations/" + no).json().getJsonArray("actions").getJsonObject(0);
        assertEquals("REPORT_APPROVED", approve.getString("to"));
        assertFalse(approve.getBoolean("allowed"), "shown disabled with the reason");
        assertTrue(approve.getString("reason").contains(names.get(1)) && !approve.getString("reason").contains(names.get(0)),
                approve.getString("reason"));
        Api.Reply refused = transition("leader", no, version(no), "REPORT_APPROVED", "同意");
        assertEquals(422, refused.status(), refused::toString);
        assertTrue(refused.json().getString("message").contains(names.get(1)), refused.json().getString("message"));
        assertEquals("REPORT_DRAFTED", Api.as("office").get("/investigations/" + no).json().getJsonObject("summary").getString("status"));

        int findingVersion = Api.as("office").get("/investigations/" + no + "/findings").json().getJsonArray("subjects")
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getString("employeeNo").equals("YB000121"))
                .findFirst().orElseThrow().getInt("version");
        assertEquals(200, finding(no, "YB000121", "SUPERVISORY", "[]", "[\"8-6\"]", findingVersion).status());
        JsonObject classified = Api.as("office").get("/investigations/" + no + "/findings").json();
        assertEquals(List.of("12-1", "12-3"), classified.getJsonArray("subjects").getJsonObject(0).getJsonArray("violations")
                .getValuesAs(JsonObject.class).stream().map(v -> v.getString("code")).toList());
        Api.Reply approved = transition("leader", no, version(no), "REPORT_APPROVED", "同意");
        assertEquals(200, approved.status(), approved::toString);

        byte[] pdf = Api.as("office").download("/investigations/" + no + "/report.pdf").body();
        Samples.save("investigation-report-circumstances.pdf", pdf);
        String text = text(pdf).replaceAll("\\s", "");
        assertTrue(text.contains("违反《实施办法》第十二条第（三）项"), text);
        assertTrue(text.contains("违反《实施办法》第八条第（六）项"), text);
        String history = Api.as("office").get("/investigations/" + no + "/history").body();
        assertTrue(history.contains("《实施办法》第八条第（六）项（瞒报漏报风险损失、编制虚假财务报告）"), history);
    }

    @Test
    void theDemoIsClassifiedWithSpreadOverAreasAndEnterprisesAndOneDraftedReportWaitsForItsClassification() throws Exception {
        try (Connection db = Database.connect(); PreparedStatement q = db.prepareStatement("SELECT count(DISTINCT x.area), "
                + "count(DISTINCT c.enterprise_id), count(DISTINCT x.clue_id), (SELECT count(*) FROM clue) FROM clue_circumstance x "
                + "JOIN clue c ON c.id = x.clue_id WHERE x.rule_set = 'YB-SASAC-2020'"); ResultSet r = q.executeQuery()) {
            r.next();
            assertTrue(r.getInt(1) >= 8, "areas: " + r.getInt(1));
            assertTrue(r.getInt(2) >= 10, "enterprises: " + r.getInt(2));
            assertTrue(r.getInt(3) * 2 > r.getInt(4), "most clues classified: " + r.getInt(3) + " of " + r.getInt(4));
            assertTrue(r.getInt(3) < r.getInt(4), "some not yet");
        }
        JsonObject drafted = Api.as("leader").get("/investigations?q=" + URLEncoder.encode("物流公司车辆处置低于评估价调查",
                StandardCharsets.UTF_8)).json().getJsonArray("items").getJsonObject(0);
        JsonObject approve = Api.as("leader").get("/investigations/" + drafted.getString("caseNo")).json()
                .getJsonArray("actions").getJsonObject(0);
        assertEquals("REPORT_APPROVED", approve.getString("to"));
        assertFalse(approve.getBoolean("allowed"));
        assertTrue(approve.getString("reason").contains("尚未列明违规情形"), approve.getString("reason"));
    }

    private static List<String> codes(JsonObject detail) {
        return detail.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("code")).toList();
    }

    private static List<String> rows(String ledgerNo) throws Exception {
        try (Connection db = Database.connect(); PreparedStatement q = db.prepareStatement("SELECT x.area, x.article, x.item "
                + "FROM clue_circumstance x JOIN clue c ON c.id = x.clue_id WHERE c.ledger_no = ? ORDER BY x.article, x.item")) {
            q.setString(1, ledgerNo);
            List<String> rows = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1) + "|" + r.getInt(2) + "|" + r.getInt(3));
                }
            }
            return rows;
        }
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page));
        }
        return all.toString();
    }
}
