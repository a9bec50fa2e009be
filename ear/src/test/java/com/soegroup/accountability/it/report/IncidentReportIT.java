package com.soegroup.accountability.it.report;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.ClueFixtures;
import com.soegroup.accountability.testsupport.InvestigationFixtures;
import com.soegroup.accountability.testsupport.Samples;
import jakarta.json.JsonObject;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static com.soegroup.accountability.testsupport.Dates.TODAY;
import static com.soegroup.accountability.testsupport.IncidentFixtures.clue;
import static com.soegroup.accountability.testsupport.IncidentFixtures.detail;
import static com.soegroup.accountability.testsupport.IncidentFixtures.reportOf;
import static com.soegroup.accountability.testsupport.IncidentFixtures.reportsOf;
import static com.soegroup.accountability.testsupport.IncidentFixtures.sendStage;
import static com.soegroup.accountability.testsupport.IncidentFixtures.text;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.lossItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one-event-one-report (一事一报告, issue 19) through the API: raised the moment a clue's possible loss or a case's
 * determined level reaches LARGER, one per event (the clue and its case, merged clues), its clocks in working days
 * over weekends, the extension LEADER approves, versions of the text, approval and sending (which takes it off the
 * to-do list but never off the register), scope and recusal, and the documents read back with names, not codes.
 */
class IncidentReportIT extends ApplicationIT {

    /** A Friday in a March without holidays or weekend working days (2026: none between the Spring Festival and Qingming). */
    private static final String FRIDAY = "2026-03-06";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void aLargerClueRaisesItsReportWithWorkingDayClocksAndTheCaseOpenedFromItIsTheSameEvent() {
        String no = clue("YBJSWY", "物业公司违规向关联方出借资金", "2000000.00", FRIDAY, null);
        JsonObject report = reportOf(no);
        JsonObject s = report.getJsonObject("summary");
        assertEquals("FLASH", s.getString("kind"));
        assertEquals("DRAFTING", s.getString("state"));
        assertEquals("CLUE_LEVEL", s.getString("trigger"));
        assertTrue(List.of("LARGER", "MAJOR").contains(s.getString("level")), s::toString);
        assertEquals(FRIDAY, s.getString("foundOn"), "counted from the day the clue was received");

        List<JsonObject> deadlines = report.getJsonArray("deadlines").getValuesAs(JsonObject.class);
        assertEquals("2026-03-13", deadlines.get(0).getString("dueOn"), "5 working days: the weekend does not count");
        assertEquals("2026-03-27", deadlines.get(1).getString("dueOn"), "15 working days: three weeks of Monday to Friday");
        assertTrue(s.getBoolean("overdue"));
        assertTrue(s.getInt("daysLate") > 100, "months late, in working days: " + s.getInt("daysLate"));

        JsonObject clocks = report.getJsonObject("clocks");
        assertEquals(5, clocks.getInt("flashDays"));
        assertEquals(15, clocks.getInt("realTimeDays"));
        assertEquals(30, clocks.getInt("preliminaryDays"));
        assertEquals(30, clocks.getInt("extensionMaxDays"));
        assertFalse(clocks.getBoolean("reviewed"), "municipal defaults, not yet reviewed");
        assertTrue(clocks.getString("source").contains("2018") && clocks.getString("source").contains("淄博"), clocks::toString);

        assertFalse(report.containsKey("textNo"), "the text is the system's draft until saved");
        JsonObject draft = report.getJsonObject("text");
        assertTrue(draft.getString("source").contains("审计发现") && draft.getString("source").contains(no), draft::toString);
        assertTrue(draft.getString("description").contains("示范城市物业服务有限公司"), draft::toString);
        assertTrue(draft.getString("impact").contains("2000000.00"), draft::toString);

        // the leading group accepts the clue, a case is opened from it and its determined level is LARGER: still one report
        ClueFixtures.advanceToChecking(no);
        assertEquals(200, ClueFixtures.transition("leader", no, 1, "{\"to\": \"ACCEPTED\", \"reason\": \"同意启动追责\"}").status());
        Api.Reply opened = InvestigationFixtures.open(List.of(no), List.of("YB000061"));
        assertEquals(201, opened.status(), opened::toString);
        String caseNo = opened.json().getJsonObject("summary").getString("caseNo");
        assertEquals(201, lossItem(caseNo, "DIRECT", false, "2500000.00", null, null).status());
        JsonObject followed = reportOf(no);
        assertEquals(s.getString("reportNo"), followed.getJsonObject("summary").getString("reportNo"));
        assertEquals(caseNo, followed.getJsonObject("summary").getString("caseNo"), "the case joined the event");
        assertEquals(1, reportsOf(caseNo).size());
        assertEquals("CLUE_LEVEL", followed.getJsonObject("summary").getString("trigger"));
        assertTrue(followed.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .anyMatch(h -> h.getString("action").equals("FOLLOWED")), "the event's growth is in the history");
    }

    @Test
    void aCaseWhoseClueHadNoLevelRaisesItsReportWhenTheLevelIsDetermined() {
        String caseNo = InvestigationFixtures.opened("YBJSWY", "物业公司工程款违规支付", "YB000062");
        assertTrue(reportsOf(caseNo).isEmpty(), "no level yet, no report");
        assertEquals(201, lossItem(caseNo, "DIRECT", false, "300000.00", null, null).status());
        assertTrue(reportsOf(caseNo).isEmpty(), "a GENERAL loss raises nothing");
        assertEquals(201, lossItem(caseNo, "DIRECT", false, "1800000.00", null, null).status());
        JsonObject s = reportOf(caseNo).getJsonObject("summary");
        assertEquals("CASE_LEVEL", s.getString("trigger"));
        assertEquals(TODAY, s.getString("foundOn"), "its clue was received today");
        assertEquals(201, lossItem(caseNo, "INDIRECT", false, "100.00", null, null).status());
        assertEquals(1, reportsOf(caseNo).size(), "determined again: the same report");
    }

    @Test
    void mergedCluesAreOneEventAndAMarkRaisesAReportForAClueWithoutALevel() {
        String larger = clue("YBJSWY", "物业公司违规担保", "2200000.00", TODAY, null);
        String reportNo = reportOf(larger).getJsonObject("summary").getString("reportNo");
        String survivor = clue("YBJSWY", "物业公司违规担保（另一举报）", null, TODAY, null);
        ClueFixtures.advanceToChecking(larger);
        Api.Reply merged = ClueFixtures.transition("office", larger, 1, "{\"to\": \"MERGED\", \"survivor\": \"" + survivor
                + "\", \"reason\": \"同一事项\"}");
        assertEquals(200, merged.status(), merged::toString);

        Api.Reply mark = Api.as("leader").post("/incident-reports", "{\"clueNo\": \"" + survivor + "\", \"reason\": \"担保金额可能扩大\"}");
        assertEquals(200, mark.status(), mark::toString);
        assertFalse(mark.json().getBoolean("created"), "the survivor's event already has its report");
        assertEquals(reportNo, mark.json().getString("reportNo"));

        String quiet = clue("YBJSWY", "物业公司安全生产事故隐患", null, TODAY, null);
        Api.Reply marked = Api.as("office").post("/incident-reports", "{\"clueNo\": \"" + quiet + "\", \"reason\": \"可能造成严重不良后果\"}");
        assertEquals(201, marked.status(), marked::toString);
        assertTrue(marked.json().getBoolean("created"));
        JsonObject d = detail(marked.json().getString("reportNo"));
        assertEquals("MARKED", d.getJsonObject("summary").getString("trigger"));
        assertEquals("可能造成严重不良后果", d.getString("markedReason"));
        assertEquals(400, Api.as("office").post("/incident-reports", "{\"reason\": \"x\"}").status(), "a clue or a case");
        assertEquals(404, Api.as("investigator").post("/incident-reports", "{\"clueNo\": \"" + quiet + "\", \"reason\": \"x\"}").status(),
                "an investigator marks only a case of their team");
    }

    @Test
    void officeDraftsInVersionsLeaderApprovesOfficeSendsAndSendingTakesItOffTheToDoListButNotTheRegister() {
        String no = clue("YBJSWY", "物业公司违规出借资金（报送流程）", "2000000.00", TODAY, null);
        String reportNo = reportOf(no).getJsonObject("summary").getString("reportNo");
        String path = "/incident-reports/" + reportNo;
        assertTrue(hasTask("office", "INCIDENT_REPORT_DUE", reportNo), "on the office's list at once");

        JsonObject before = detail(reportNo);
        assertEquals(422, Api.as("office").post(path + "/submission", "{\"version\": " + before.getInt("version") + "}").status(),
                "nothing to approve before a text is saved");
        assertEquals(403, Api.as("leader").post(path + "/text", text(before.getInt("version"), "v1")).status());
        JsonObject v1 = Api.as("office").post(path + "/text", text(before.getInt("version"), "v1")).json();
        assertEquals(1, v1.getInt("textNo"));
        Api.Reply stale = Api.as("office").post(path + "/text", text(before.getInt("version"), "stale"));
        assertEquals(409, stale.status(), "a text saved on an old read is refused");
        JsonObject v2 = Api.as("office").post(path + "/text", text(v1.getInt("version"), "v2")).json();
        assertEquals(2, v2.getInt("textNo"));
        List<JsonObject> versions = v2.getJsonArray("versions").getValuesAs(JsonObject.class);
        assertEquals(2, versions.size(), "both versions kept");
        assertTrue(versions.get(1).getJsonObject("text").getString("source").contains("v1"), "the first as it was");
        assertTrue(v2.getJsonObject("text").getString("source").contains("v2"));

        JsonObject submitted = Api.as("office").post(path + "/submission", "{\"version\": " + v2.getInt("version") + "}").json();
        assertEquals("AWAITING_APPROVAL", submitted.getJsonObject("summary").getString("state"));
        assertFalse(hasTask("office", "INCIDENT_REPORT_DUE", reportNo), "with the leader now");
        assertTrue(hasTask("leader", "INCIDENT_REPORT_TO_APPROVE", reportNo));
        Api.Reply noOpinion = Api.as("leader").post(path + "/approval", "{\"version\": " + submitted.getInt("version") + "}");
        assertEquals(400, noOpinion.status());
        assertEquals("opinion", noOpinion.json().getString("field"));
        JsonObject approved = Api.as("leader").post(path + "/approval", "{\"opinion\": \"同意，按时报送\", \"version\": "
                + submitted.getInt("version") + "}").json();
        assertEquals("APPROVED", approved.getJsonObject("summary").getString("state"));
        assertEquals("同意，按时报送", approved.getString("approvalOpinion"));

        String tomorrow = LocalDate.parse(TODAY).plusDays(1).toString();
        Api.Reply future = Api.as("office").post(path + "/sent", "{\"sentOn\": \"" + tomorrow + "\", \"channel\": \"机要件\", "
                + "\"reference\": \"示范报〔2026〕3号\", \"recipient\": \"市国资委\", \"version\": " + approved.getInt("version") + "}");
        assertEquals(400, future.status());
        assertEquals("sentOn", future.json().getString("field"));
        JsonObject sent = Api.as("office").post(path + "/sent", "{\"sentOn\": \"" + TODAY + "\", \"channel\": \"机要件\", "
                + "\"reference\": \"示范报〔2026〕3号\", \"recipient\": \"市国资委\", \"version\": " + approved.getInt("version") + "}").json();
        assertEquals("REAL_TIME", sent.getJsonObject("summary").getString("kind"), "the real-time report is next");
        JsonObject flash = sent.getJsonArray("sendings").getJsonObject(0);
        assertEquals("FLASH", flash.getString("kind"));
        assertEquals(2, flash.getInt("textNo"), "the approved version went out");
        assertEquals("示范报〔2026〕3号", flash.getString("reference"));
        assertEquals("leader", flash.getString("approvedBy"));

        sendStage(reportNo);
        JsonObject last = sendStage(reportNo);
        assertEquals("SENT", last.getJsonObject("summary").getString("state"));
        assertEquals("PROGRESS", last.getJsonObject("summary").getString("kind"));
        assertFalse(hasTask("office", "INCIDENT_REPORT_DUE", reportNo), "sent: off the to-do list");
        assertTrue(Api.as("office").get("/incident-reports?state=SENT").body().contains(reportNo), "but on the register for good");
        List<String> actions = last.getJsonArray("history").getValuesAs(JsonObject.class).stream().map(h -> h.getString("action")).toList();
        assertTrue(actions.containsAll(List.of("RAISED", "TEXT_SAVED", "SUBMITTED", "APPROVED", "SENT")), actions::toString);

        JsonObject progress = Api.as("office").post(path + "/progress", "{\"version\": " + last.getInt("version") + "}").json();
        assertEquals("DRAFTING", progress.getJsonObject("summary").getString("state"));
        assertTrue(progress.getJsonObject("actions").getBoolean("edit"));
        assertTrue(hasTask("office", "INCIDENT_REPORT_DUE", reportNo), "a progress report in draft is work again");
    }

    @Test
    void theLeaderApprovesOneExtensionOfThePreliminaryReport() {
        String no = clue("YBJSWY", "物业公司违规出借资金（延期）", "2000000.00", TODAY, null);
        JsonObject d = reportOf(no);
        String path = "/incident-reports/" + d.getJsonObject("summary").getString("reportNo");
        String dueBefore = d.getJsonArray("deadlines").getJsonObject(2).getString("dueOn");
        Api.Reply tooLong = Api.as("office").post(path + "/extension", "{\"days\": 31, \"reason\": \"需外部审计\", \"version\": "
                + d.getInt("version") + "}");
        assertEquals(400, tooLong.status());
        assertEquals("days", tooLong.json().getString("field"));
        JsonObject asked = Api.as("office").post(path + "/extension", "{\"days\": 10, \"reason\": \"需外部审计\", \"version\": "
                + d.getInt("version") + "}").json();
        assertTrue(hasTask("leader", "INCIDENT_EXTENSION_TO_APPROVE", asked.getJsonObject("summary").getString("reportNo")));
        assertEquals(dueBefore, asked.getJsonArray("deadlines").getJsonObject(2).getString("dueOn"), "not before it is approved");
        assertEquals(409, Api.as("office").post(path + "/extension", "{\"days\": 5, \"reason\": \"再次\", \"version\": "
                + asked.getInt("version") + "}").status(), "one extension");
        assertEquals(403, Api.as("office").post(path + "/extension/decision", "{\"approve\": true, \"opinion\": \"同意\", \"version\": "
                + asked.getInt("version") + "}").status());
        JsonObject approved = Api.as("leader").post(path + "/extension/decision", "{\"approve\": true, \"opinion\": \"同意延期\", \"version\": "
                + asked.getInt("version") + "}").json();
        String dueAfter = approved.getJsonArray("deadlines").getJsonObject(2).getString("dueOn");
        assertTrue(LocalDate.parse(dueAfter).isAfter(LocalDate.parse(dueBefore).plusDays(13)),
                "10 working days later, two weekends at least: " + dueBefore + " → " + dueAfter);
        assertTrue(approved.getJsonObject("extension").getBoolean("approved"));
        assertFalse(hasTask("leader", "INCIDENT_EXTENSION_TO_APPROVE", approved.getJsonObject("summary").getString("reportNo")));
    }

    @Test
    void outsideTheScopeOrInvolvedItIsNotFound() {
        String energy = clue("YBNY", "能源公司煤炭贸易预付款损失", "60000000.00", TODAY, null);
        String energyReport = reportOf(energy).getJsonObject("summary").getString("reportNo");
        assertEquals(404, Api.as("investigator").get("/incident-reports/" + energyReport).status(), "YBNY is not the investigator's");
        assertEquals(200, Api.as("auditor").get("/incident-reports/" + energyReport).status(), "the auditor of YBNY reads it");

        String own = clue("YBJS", "建投公司违规出借资金（涉及调查员本人）", "9000000.00", TODAY, "[{\"employeeNo\": \"DEMO-INVESTIGATOR\"}]");
        String ownReport = reportOf(own).getJsonObject("summary").getString("reportNo");
        assertEquals(404, Api.as("investigator").get("/incident-reports/" + ownReport).status(), "the person concerned never sees it");
        assertEquals(404, Api.as("investigator").download("/incident-reports/" + ownReport + "/document").statusCode());
        assertEquals(404, Api.as("auditor").get("/incident-reports/" + ownReport).status(), "YBJS is not the auditor's");
        assertFalse(Api.as("auditor").get("/incident-reports").body().contains(ownReport));
        assertEquals(403, Api.as("liaison").get("/incident-reports").status());
        assertEquals(401, Api.anonymous().get("/incident-reports").status());
        assertEquals(404, Api.as("office").get("/incident-reports/NO-SUCH-REPORT").status());
    }

    @Test
    void theDocumentsReadBackWithNamesNotCodes() throws Exception {
        String no = clue("YBJSWY", "物业公司违规出借资金（文书）", "2000000.00", TODAY, null);
        String reportNo = reportOf(no).getJsonObject("summary").getString("reportNo");
        String path = "/incident-reports/" + reportNo + "/document";

        HttpResponse<byte[]> docx = Api.as("office").download(path, DOCX);
        assertEquals(200, docx.statusCode(), () -> new String(docx.body(), StandardCharsets.UTF_8));
        assertEquals(DOCX, docx.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        Samples.save("incident-report.docx", docx.body());
        String words;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            words = extractor.getText();
        }
        assertTrue(words.contains("示范城市物业服务有限公司"), words);
        assertTrue(words.contains("快报"), words);
        assertTrue(words.contains(reportNo), words);
        for (String part : List.of("一、线索来源", "二、基本情况", "三、资产损失风险或影响", "四、主要原因", "五、已采取和拟采取的措施")) {
            assertTrue(words.contains(part), part);
        }
        assertTrue(words.contains("草稿"), "not approved yet");
        // the numbers begin with the enterprise's code; anywhere else a code would stand for a name
        String prose = words.replace(reportNo, "").replace(no, "");
        assertFalse(prose.contains("YBJSWY") || prose.contains("FLASH") || prose.contains("LARGER"), "names, never codes: " + words);

        HttpResponse<byte[]> pdf = Api.as("leader").download(path, "application/pdf");
        assertEquals(200, pdf.statusCode(), () -> new String(pdf.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        Samples.save("incident-report.pdf", pdf.body());
        assertTrue(new String(pdf.body(), StandardCharsets.ISO_8859_1).contains("+NotoSansSC-Regular"), "the bundled font is embedded");
        PdfReader reader = new PdfReader(pdf.body());
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page));
        }
        String text = all.toString().replaceAll("\\s+", "");
        assertTrue(text.contains("示范城市物业服务有限公司"), text);
        assertTrue(text.contains(reportNo), text);
        assertTrue(text.contains("快报"), text);
        assertFalse(text.replace(reportNo, "").replace(no, "").contains("YBJSWY"), text);
        assertNotEquals(0, reader.getNumberOfPages());
    }

    private static boolean hasTask(String user, String kind, String object) {
        Api.Reply reply = Api.as(user).get("/me/tasks");
        assertEquals(200, reply.status(), reply::toString);
        return reply.parse().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getString("kind").equals(kind) && t.getString("object").equals(object));
    }
}
