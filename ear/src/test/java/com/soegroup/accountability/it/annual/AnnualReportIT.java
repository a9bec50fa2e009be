package com.soegroup.accountability.it.annual;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Database;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.soegroup.accountability.testsupport.Dates.YEAR;
import static com.soegroup.accountability.testsupport.Dates.ZONE;
import static com.soegroup.accountability.testsupport.StatisticsFixtures.nonZero;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The annual work report (篇五) and the periodic filing through the API (issue 19): the lifecycle by role and scope,
 * every figure equal to an independent SQL count over the demo data for the year and the year before, the DOCX and
 * PDF read back, the quarterly filing's workbook equal to its JSON and to SQL, and the to-do lists.
 */
class AnnualReportIT extends ApplicationIT {

    private static final String RECUSAL_CLUE = "AND c.id NOT IN (SELECT ip.object_id FROM involved_person ip JOIN person p ON p.id = ip.person_id "
            + "WHERE p.ldap_user_id = ? AND ip.object_type = 'CLUE')";
    private static final String RECUSAL_CASE = "NOT IN (SELECT ip.object_id FROM involved_person ip JOIN person p ON p.id = ip.person_id "
            + "WHERE p.ldap_user_id = ? AND ip.object_type = 'INVESTIGATION')";

    @Test
    void officeDraftsLeaderApprovesOfficeSendsEachStepInTheHistoryAndOnlyTheRightRoleMayTakeIt() {
        Api office = Api.as("office");
        Api.Reply created = office.post("/annual-reports", "{\"year\": " + (YEAR - 2) + ", \"enterprise\": \"YBJSLQ\"}");
        assertEquals(201, created.status(), created::toString);
        String no = created.json().getString("reportNo");
        assertTrue(no.matches("YBJSLQ-ND-" + (YEAR - 2) + "-\\d{4}"), no);
        assertEquals("DRAFT", created.json().getString("state"));
        Api.Reply again = office.post("/annual-reports", "{\"year\": " + (YEAR - 2) + ", \"enterprise\": \"YBJSLQ\"}");
        assertEquals(409, again.status(), "one report per enterprise and year");
        assertTrue(again.body().contains(no), "the refusal names the existing report: " + again.body());
        assertEquals(400, office.post("/annual-reports", "{\"year\": " + (YEAR + 1) + ", \"enterprise\": \"YBJSLQ\"}").status(), "a future year");
        assertEquals(400, office.post("/annual-reports", "{\"year\": " + (YEAR - 1) + ", \"enterprise\": \"NOSUCH\"}").status());
        assertEquals(403, Api.as("leader").post("/annual-reports", "{\"year\": " + (YEAR - 1) + ", \"enterprise\": \"YBJSLQ\"}").status(),
                "the office starts reports");

        JsonObject d = detail("office", no);
        assertFalse(d.containsKey("textNo"), "the system's draft until saved");
        assertTrue(d.getJsonObject("sections").getString("overview").contains("示范"), d.getJsonObject("sections")::toString);
        assertFalse(d.getJsonObject("actions").getBoolean("submit"), "nothing saved: nothing to submit");
        assertEquals("annual.reason.saveFirst", d.getJsonObject("actions").getString("reason"));
        List<String> ids = d.getJsonArray("tables").getValuesAs(JsonObject.class).stream().map(t -> t.getString("id")).toList();
        assertTrue(ids.containsAll(List.of("clueSource", "clueLevel", "clueStatus", "cases", "losses", "measure", "responsibility",
                "faultTolerance")), ids::toString);

        Api.Reply missing = office.put("/annual-reports/" + no + "/text", "{\"version\": " + d.getInt("version")
                + ", \"sections\": {\"overview\": \"概况\", \"problems\": \" \", \"plans\": \"措施\"}}");
        assertEquals(400, missing.status(), missing::toString);
        assertTrue(missing.body().contains("sections.PROBLEMS"), missing.body());
        Api.Reply saved = office.put("/annual-reports/" + no + "/text", "{\"version\": " + d.getInt("version")
                + ", \"sections\": {\"overview\": \"示范路桥公司概况。\", \"training\": \"举办培训班两期。\", \"problems\": \"线索处置偏慢。\", "
                + "\"plans\": \"1. 加强督办。\"}}");
        assertEquals(200, saved.status(), saved::toString);
        d = saved.json();
        assertEquals(1, d.getInt("textNo"));
        assertEquals("举办培训班两期。", d.getJsonObject("sections").getString("training"));
        assertEquals(409, office.put("/annual-reports/" + no + "/text", "{\"version\": " + (d.getInt("version") - 1)
                + ", \"sections\": {\"overview\": \"x\", \"problems\": \"x\", \"plans\": \"x\"}}").status(), "a stale version");

        assertEquals(403, Api.as("leader").post("/annual-reports/" + no + "/submission", version(d)).status());
        d = ok(office.post("/annual-reports/" + no + "/submission", version(d)));
        assertEquals("SUBMITTED", d.getJsonObject("summary").getString("state"));
        assertFalse(d.getJsonObject("summary").containsKey("dueOn"), "submitted: no longer due");
        assertEquals(403, office.post("/annual-reports/" + no + "/approval", opinion(d, "同意")).status(), "the leader approves");
        assertEquals(400, Api.as("leader").post("/annual-reports/" + no + "/approval", opinion(d, " ")).status(), "an opinion is required");

        JsonObject returned = ok(Api.as("leader").post("/annual-reports/" + no + "/return", opinion(d, "第四部分请写具体。")));
        assertEquals("DRAFT", returned.getJsonObject("summary").getString("state"));
        assertEquals("第四部分请写具体。", returned.getString("approvalOpinion"));
        d = ok(office.post("/annual-reports/" + no + "/submission", version(returned)));
        d = ok(Api.as("leader").post("/annual-reports/" + no + "/approval", opinion(d, "同意按此报送。")));
        assertEquals("APPROVED", d.getJsonObject("summary").getString("state"));
        assertEquals("leader", d.getString("approvedBy"));
        assertEquals(400, office.post("/annual-reports/" + no + "/sent", "{\"version\": " + d.getInt("version") + ", \"sentOn\": \""
                + LocalDate.now(ZONE).plusDays(3) + "\", \"channel\": \"在线\", \"reference\": \"x\", \"recipient\": \"市国资委\"}").status(), "not in the future");
        d = ok(office.post("/annual-reports/" + no + "/sent", "{\"version\": " + d.getInt("version") + ", \"sentOn\": \""
                + LocalDate.now(ZONE).minusDays(1) + "\", \"channel\": \"国资监管在线报送系统\", \"reference\": \"示范路桥〔" + YEAR + "〕3号\", "
                + "\"recipient\": \"市国资委\"}"));
        assertEquals("SENT", d.getJsonObject("summary").getString("state"));
        assertEquals("示范路桥〔" + YEAR + "〕3号", d.getJsonObject("sent").getString("reference"));
        assertEquals(List.of("CREATED", "TEXT_SAVED", "SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED", "SENT"),
                d.getJsonArray("history").getValuesAs(JsonObject.class).stream().map(h -> h.getString("action")).toList());

    }

    @Test
    void aReportIsReadWithinTheScopeOnly() {
        String energy = reportOf("office", YEAR - 1, "YBNY");
        String group = reportOf("office", YEAR - 1, "YBJT");
        assertEquals(200, Api.as("auditor").get("/annual-reports/" + energy).status(), "the auditor of YBNY reads its report");
        assertEquals(404, Api.as("auditor").get("/annual-reports/" + group).status(), "the group's is outside the auditor's scope");
        assertEquals(403, Api.as("hr").get("/annual-reports").status());
        assertEquals(403, Api.as("auditor").put("/annual-reports/" + energy + "/text", "{}").status(), "the auditor only reads");
        List<JsonObject> auditorList = Api.as("auditor").get("/annual-reports").parse().asJsonArray().getValuesAs(JsonObject.class);
        assertTrue(auditorList.stream().allMatch(r -> r.getString("enterprise").startsWith("YBNY")), auditorList::toString);
        assertEquals(400, Api.as("office").get("/annual-reports?year=abc").status());
    }

    @Test
    void theFiguresEqualIndependentCountsOverTheDemoDataBesideLastYear() throws SQLException {
        String no = reportOf("office", YEAR - 1, "YBJT");
        JsonObject d = detail("office", no);
        int year = YEAR - 1;
        String clues = "SELECT {key}, count(*) FROM clue c JOIN enterprise o ON o.id = c.owner_enterprise_id "
                + "WHERE o.path LIKE (SELECT path FROM enterprise WHERE code = 'YBJT') || '%' AND c.received_on BETWEEN ? AND ? "
                + RECUSAL_CLUE + " GROUP BY 1";
        Map<String, Long> bySource = sql(clues.replace("{key}", "c.source"), year);
        assertTrue(bySource.values().stream().mapToLong(Long::longValue).sum() > 0, "the demo has clues last year");
        assertEquals(bySource, nonZero(table(d, "clueSource", true)), "clues by source");
        assertEquals(sql(clues.replace("{key}", "c.source"), year - 1), nonZero(table(d, "clueSource", false)), "the year before");
        assertEquals(sql(clues.replace("{key}", "coalesce(c.level, 'NONE')"), year), nonZero(table(d, "clueLevel", true)), "clues by level");
        assertEquals(sql(clues.replace("{key}", "c.status"), year), nonZero(table(d, "clueStatus", true)), "clues by status");

        String cases = "SELECT 'x', count(*) FROM investigation i JOIN enterprise o ON o.id = i.owner_enterprise_id "
                + "WHERE o.path LIKE (SELECT path FROM enterprise WHERE code = 'YBJT') || '%' AND {date} BETWEEN ? AND ? AND i.id " + RECUSAL_CASE;
        Map<String, Long> caseFigures = table(d, "cases", true);
        assertEquals(sql(cases.replace("{date}", "i.opened_on"), year).getOrDefault("x", 0L), caseFigures.get("OPENED"), "cases opened");
        assertEquals(sql(cases.replace("{date}", "i.concluded_on"), year).getOrDefault("x", 0L), caseFigures.get("CONCLUDED"), "cases concluded");
        assertEquals(sql(cases.replace("{date}", "i.opened_on"), year - 1).getOrDefault("x", 0L), table(d, "cases", false).get("OPENED"),
                "cases opened the year before");

        Map<String, Long> measures = sql("SELECT trim(m.code), count(*) FROM decision d JOIN enterprise o ON o.id = d.owner_enterprise_id "
                + "CROSS JOIN LATERAL unnest(string_to_array(d.measures, ',')) AS m(code) "
                + "WHERE o.path LIKE (SELECT path FROM enterprise WHERE code = 'YBJT') || '%' AND d.approved_on BETWEEN ? AND ? "
                + "AND d.investigation_id " + RECUSAL_CASE + " AND d.status IN ('APPROVED', 'EFFECTIVE', 'EXECUTED') AND d.outcome <> 'EXEMPTED' "
                + "AND NOT EXISTS (SELECT 1 FROM decision_appeal a WHERE a.decision_id = d.id AND a.status IN ('REVOKED', 'CHANGED')) GROUP BY 1",
                year);
        assertEquals(measures, nonZero(table(d, "measure", true)), "decisions by measure");

        // rectification, recovery and incident reports come from the statistics' own groups (one source with the
        // dashboard, whose IT checks them against SQL): the report prints the same figures for the same year
        JsonObject stats = Api.as("office").get("/statistics?from=" + year + "-01-01&to=" + year + "-12-31&enterprise=YBJT").parse()
                .asJsonObject();
        for (String id : List.of("rectification", "recovery", "incidentReport")) {
            JsonObject printed = tableObject(d, id);
            assertNotNull(printed, "the report prints the statistics' group " + id);
            Map<String, Long> counts = new HashMap<>();
            printed.getJsonArray("rows").getValuesAs(JsonObject.class)
                    .forEach(r -> counts.put(r.getString("code"), r.getJsonNumber("current").longValue()));
            Map<String, Long> dashboard = new HashMap<>();
            stats.getJsonArray("groups").getValuesAs(JsonObject.class).stream().filter(g -> g.getString("id").equals(id))
                    .findFirst().orElseThrow().getJsonArray("figures").getValuesAs(JsonObject.class)
                    .forEach(f -> dashboard.put(f.getString("code"), f.getJsonNumber("count").longValue()));
            assertEquals(dashboard, counts, id);
        }
    }

    @Test
    void theDocumentsOpenWithTheFourPartsAndTheFigures() throws IOException {
        String no = reportOf("office", YEAR - 1, "YBJT");
        JsonObject d = detail("office", no);
        long clues = table(d, "clueSource", true).values().stream().mapToLong(Long::longValue).sum();
        HttpResponse<byte[]> docx = Api.as("leader").download("/annual-reports/" + no + "/document.docx");
        assertEquals(200, docx.statusCode());
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.body())); XWPFWordExtractor text = new XWPFWordExtractor(word)) {
            String all = text.getText();
            for (String heading : List.of("一、企业概况", "二、工作开展情况", "三、年度主要数据", "四、存在的问题和下一步工作措施")) {
                assertTrue(all.contains(heading), heading);
            }
            assertTrue(all.contains("示范发展集团有限公司"), "the enterprise by name");
            assertFalse(all.replace(no, "").contains("YBJT"), "no code but the report's number");
            String total = word.getTables().get(0).getRows().get(word.getTables().get(0).getRows().size() - 1).getCell(1).getText();
            assertEquals(String.valueOf(clues), total, "the clues' total of the year");
            assertTrue(word.getAllPictures().size() >= 8, "a chart per table: " + word.getAllPictures().size());
            assertTrue(all.contains("同意按此报送") || all.contains("审批"), "the approval");
        }
        HttpResponse<byte[]> pdf = Api.as("auditor").download("/annual-reports/" + reportOf("office", YEAR - 1, "YBNY") + "/document.pdf");
        assertEquals(200, pdf.statusCode());
        PdfReader reader = new PdfReader(pdf.body());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        String all = text.toString();
        for (String words : List.of("示范能源有限公司", "三、年度主要数据", "问题线索（按来源）", "存在的问题", "部分所属企业线索处置进度偏慢")) {
            assertTrue(all.contains(words), "the PDF shows " + words);
        }
        assertFalse(all.contains("\uFFFD"), "no character without a glyph");
    }

    @Test
    void theQuarterlyFilingsWorkbookEqualsItsFiguresAndTheSubsidiariesAddUpToTheTotal() throws IOException, SQLException {
        Api.Reply json = Api.as("office").get("/filings/quarterly?year=" + (YEAR - 1) + "&quarter=4");
        assertEquals(200, json.status(), json::toString);
        List<JsonObject> rows = json.json().getJsonArray("rows").getValuesAs(JsonObject.class);
        JsonObject total = rows.get(rows.size() - 1);
        assertEquals("TOTAL", total.getString("kind"));
        assertEquals("OWN", rows.get(0).getString("kind"));
        assertEquals(total.getJsonNumber("clues").longValue(), rows.subList(0, rows.size() - 1).stream()
                .mapToLong(r -> r.getJsonNumber("clues").longValue()).sum(), "the lines add up to the total");
        long clues = sql("SELECT 'x', count(*) FROM clue c JOIN enterprise o ON o.id = c.owner_enterprise_id "
                + "WHERE o.path LIKE (SELECT path FROM enterprise WHERE code = 'YBJT') || '%' AND c.received_on BETWEEN ? AND ? " + RECUSAL_CLUE
                + " GROUP BY 1", LocalDate.of(YEAR - 1, 10, 1), LocalDate.of(YEAR - 1, 12, 31)).getOrDefault("x", 0L);
        assertEquals(clues, total.getJsonNumber("clues").longValue(), "clues of the quarter");
        assertTrue(rows.stream().anyMatch(r -> r.getString("enterpriseName").equals("示范建设投资有限公司")), "subsidiaries by name");

        HttpResponse<byte[]> xlsx = Api.as("office").download("/filings/quarterly/export.xlsx?year=" + (YEAR - 1) + "&quarter=4");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            String title = sheet.getRow(0).getCell(0).getStringCellValue();
            assertTrue(title.contains("示范发展集团有限公司") && title.contains("第4季度"), title);
            assertEquals("企业", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(rows.size(), sheet.getLastRowNum() - 1, "a line per row of the JSON");
            for (int i = 0; i < rows.size(); i++) {
                Row line = sheet.getRow(i + 2);
                JsonObject r = rows.get(i);
                assertEquals(r.getJsonNumber("clues").longValue(), (long) line.getCell(1).getNumericCellValue(), "clues of line " + i);
                assertEquals(r.getJsonNumber("casesOpened").longValue(), (long) line.getCell(4).getNumericCellValue());
                assertEquals(0, new BigDecimal(r.getString("losses")).compareTo(BigDecimal.valueOf(line.getCell(6).getNumericCellValue())
                        .setScale(2, RoundingMode.HALF_UP)), "losses of line " + i);
                assertEquals(r.getJsonNumber("people").longValue(), (long) line.getCell(7).getNumericCellValue());
            }
            assertEquals("合计", sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue());
            assertTrue(sheet.getPrintSetup().getLandscape(), "A4 landscape");
        }
        JsonObject half = Api.as("office").get("/filings/quarterly?year=" + (YEAR - 1) + "&half=2").json();
        assertTrue(half.getJsonArray("rows").getValuesAs(JsonObject.class).get(half.getJsonArray("rows").size() - 1)
                .getJsonNumber("clues").longValue() >= total.getJsonNumber("clues").longValue(), "the second half holds the fourth quarter");
        assertEquals(400, Api.as("office").get("/filings/quarterly?year=" + (YEAR - 1) + "&quarter=5").status());
        assertEquals(400, Api.as("office").get("/filings/quarterly?year=" + (YEAR - 1)).status(), "a quarter or a half");
        assertEquals(404, Api.as("auditor").get("/filings/quarterly?year=" + (YEAR - 1) + "&quarter=1&enterprise=YBJS").status());
    }

    @Test
    void theToDoListsCarryTheReportsToWriteAndToApprove() {
        String late = reportOf("office", YEAR - 1, "YBNY");
        JsonObject task = task("office", "ANNUAL_REPORT_DUE", late);
        assertNotNull(task, "last year's draft is the office's work");
        LocalDate due = LocalDate.parse(task.getString("due"));
        assertTrue(!due.isBefore(LocalDate.of(YEAR, 3, 31)) && due.isBefore(LocalDate.of(YEAR, 4, 10)),
                "March 31 or the next working day: " + due);
        assertEquals(LocalDate.now(ZONE).isAfter(due), task.getBoolean("overdue"), task::toString);
        assertNotNull(task("leader", "ANNUAL_REPORT_TO_APPROVE", reportOf("office", YEAR - 1, "YBJS")), "the submitted one is the leader's");
        assertEquals(null, task("office", "ANNUAL_REPORT_DUE", reportOf("office", YEAR, "YBJT")), "this year's is not due yet");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static JsonObject detail(String user, String no) {
        return ok(Api.as(user).get("/annual-reports/" + no));
    }

    private static String version(JsonObject d) {
        return "{\"version\": " + d.getInt("version") + "}";
    }

    private static String opinion(JsonObject d, String opinion) {
        return "{\"version\": " + d.getInt("version") + ", \"opinion\": \"" + opinion + "\"}";
    }

    private static String reportOf(String user, int year, String enterprise) {
        return Api.as(user).get("/annual-reports?year=" + year).parse().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("enterprise").equals(enterprise)).findFirst().orElseThrow().getString("reportNo");
    }

    private static JsonObject tableObject(JsonObject d, String id) {
        return d.getJsonArray("tables").getValuesAs(JsonObject.class).stream().filter(t -> t.getString("id").equals(id)).findFirst().orElse(null);
    }

    private static Map<String, Long> table(JsonObject d, String id, boolean current) {
        Map<String, Long> out = new HashMap<>();
        for (JsonObject r : tableObject(d, id).getJsonArray("rows").getValuesAs(JsonObject.class)) {
            out.put(r.getString("code"), r.getJsonNumber(current ? "current" : "previous").longValue());
        }
        return out;
    }

    private static JsonObject task(String user, String kind, String object) {
        Api.Reply reply = Api.as(user).get("/me/tasks");
        assertEquals(200, reply.status(), reply::toString);
        return reply.parse().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("kind").equals(kind) && t.getString("object").equals(object)).findFirst().orElse(null);
    }

    private static Map<String, Long> sql(String statement, int year) throws SQLException {
        return sql(statement, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Rows of (key, count) of a statement whose parameters are: from, to, then the office for every recusal. */
    private static Map<String, Long> sql(String statement, LocalDate from, LocalDate to) throws SQLException {
        Map<String, Long> rows = new HashMap<>();
        try (Connection db = Database.connect(); PreparedStatement q = db.prepareStatement(statement)) {
            bind(q, statement, from, to);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return rows;
    }

    private static BigDecimal amount(String statement, int year) throws SQLException {
        try (Connection db = Database.connect(); PreparedStatement q = db.prepareStatement(statement)) {
            bind(q, statement, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getBigDecimal(1);
            }
        }
    }

    private static void bind(PreparedStatement q, String statement, LocalDate from, LocalDate to) throws SQLException {
        q.setObject(1, from);
        q.setObject(2, to);
        int parameters = (int) statement.chars().filter(c -> c == '?').count();
        for (int i = 3; i <= parameters; i++) {
            q.setString(i, "office");
        }
    }
}
