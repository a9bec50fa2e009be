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

    @Test
    void eachStageOfTheCaseOpensTheNextProgressReportAndTheDecisionClosesTheReport() throws Exception {
        String caseNo = InvestigationFixtures.opened("YBJSWY", "物业公司违规出借资金（阶段与处理决定）", "YB000064");
        assertEquals(200, InvestigationFixtures.assign(caseNo, "investigator", "LEADER").status());
        assertEquals(200, Api.as("investigator").post("/investigations/" + caseNo + "/recusal",
                "{\"conflict\": false, \"statement\": \"本人与本案及被调查人无利害关系\"}").status());
        assertEquals(200, InvestigationFixtures.transition("office", caseNo, 0, "IN_PROGRESS", null).status());
        assertEquals(201, lossItem(caseNo, "DIRECT", false, "1800000.00", null, null).status());
        assertEquals(200, InvestigationFixtures.finding(caseNo, "YB000064", "DIRECT", "[]").status());
        String reportNo = reportOf(caseNo).getJsonObject("summary").getString("reportNo");
        String path = "/incident-reports/" + reportNo;

        // the case and its clue name their report
        JsonObject kase = Api.as("office").get("/investigations/" + caseNo).json();
        assertEquals(reportNo, kase.getString("incidentReportNo"));
        String clueNo = kase.getJsonArray("clues").getString(0);
        assertEquals(reportNo, Api.as("office").get("/clues/" + clueNo).json().getString("incidentReportNo"));
        String designClue = clue("YBJSSJ", "设计院违规出借资金（联络员可见）", "2000000.00", TODAY, null);
        String designReport = reportOf(designClue).getJsonObject("summary").getString("reportNo");
        assertEquals(designReport, Api.as("office").get("/clues/" + designClue).json().getString("incidentReportNo"));
        Api.Reply liaisonReads = Api.as("liaison").get("/clues/" + designClue);
        assertEquals(200, liaisonReads.status(), "the liaison of the design institute reads its clue");
        assertTrue(liaisonReads.json().isNull("incidentReportNo"), "but may not open reports, so no report is named");

        sendStage(reportNo);
        sendStage(reportNo);
        JsonObject waiting = sendStage(reportNo);
        assertEquals("PROGRESS", waiting.getJsonObject("summary").getString("kind"));
        assertEquals("SENT", waiting.getJsonObject("summary").getString("state"), "the preliminary-check report went out");
        assertFalse(hasTask("office", "INCIDENT_REPORT_DUE", reportNo));

        // the investigation report approved: a stage of the case, so its progress report is due now
        assertEquals(200, InvestigationFixtures.transition("office", caseNo, InvestigationFixtures.version(caseNo), "REPORT_DRAFTED", null).status());
        assertEquals("SENT", detail(reportNo).getJsonObject("summary").getString("state"), "a draft is no stage of its own");
        assertEquals(200, InvestigationFixtures.transition("leader", caseNo, InvestigationFixtures.version(caseNo), "REPORT_APPROVED", null).status());
        JsonObject opened = detail(reportNo);
        assertEquals("DRAFTING", opened.getJsonObject("summary").getString("state"));
        assertEquals("PROGRESS", opened.getJsonObject("summary").getString("kind"));
        assertTrue(hasTask("office", "INCIDENT_REPORT_DUE", reportNo), "the progress report is the office's work");
        JsonObject line = last(opened, "PROGRESS_OPENED");
        assertEquals("stage=REPORT_APPROVED", line.getString("details"));
        sendStage(reportNo);
        assertEquals("SENT", detail(reportNo).getJsonObject("summary").getString("state"));

        // concluded (the group's office, the handling unit of a LARGER loss): the next progress report opens
        assertEquals(200, InvestigationFixtures.handOver(caseNo, "YBJT", "集团本部直接组织开展").status());
        assertEquals(200, InvestigationFixtures.transition("office", caseNo, InvestigationFixtures.version(caseNo), "CONCLUDED", null).status());
        assertEquals("DRAFTING", detail(reportNo).getJsonObject("summary").getString("state"));

        // the leading group approves the one person's decision: the case is decided, the report ends
        Api.Reply proposed = Api.as("office").post("/decisions", "{\"caseNo\": \"" + caseNo + "\", \"employeeNo\": \"YB000064\", "
                + "\"outcome\": \"STANDARD\", \"measures\": [\"DEMOTION\"], \"performanceSalaryPercent\": \"60\", "
                + "\"termIncentivePercent\": \"50\", \"deferPerformanceSalary\": true, \"endUnexercisedRights\": true, "
                + "\"handBackYears\": 2, \"incentiveBarYears\": 5, \"legalBasis\": \"《违规经营投资责任追究办法》第二十八条\", "
                + "\"facts\": \"未经集体决策违规出借资金180万元，形成损失\"}");
        assertEquals(201, proposed.status(), proposed::toString);
        String decisionNo = proposed.json().getString("decisionNo");
        assertEquals(200, Api.as("office").post("/decisions/" + decisionNo + "/legal-review", "{\"reviewer\": \"法律事务部\", "
                + "\"reviewedOn\": \"" + TODAY + "\", \"opinion\": \"合法\", \"version\": 0}").status());
        assertEquals("DRAFTING", detail(reportNo).getJsonObject("summary").getString("state"), "proposed is not decided");
        Api.Reply approved = Api.as("leader").post("/decisions/" + decisionNo + "/transitions", "{\"to\": \"APPROVED\", \"version\": 1}");
        assertEquals(200, approved.status(), approved::toString);

        JsonObject closed = detail(reportNo);
        assertEquals("CLOSED", closed.getJsonObject("summary").getString("state"));
        assertFalse(closed.getJsonObject("summary").containsKey("dueOn"), "nothing is due any more");
        assertFalse(hasTask("office", "INCIDENT_REPORT_DUE", reportNo), "off the to-do list");
        assertFalse(closed.getJsonObject("actions").getBoolean("edit") || closed.getJsonObject("actions").getBoolean("startProgress"));
        assertTrue(last(closed, "CASE_DECIDED").getString("details").contains("decidedOn=" + TODAY));
        assertEquals(409, Api.as("office").post(path + "/progress", "{\"version\": " + closed.getInt("version") + "}").status(),
                "no further stage opens");
        assertTrue(Api.as("office").get("/incident-reports?state=CLOSED").body().contains(reportNo), "kept on the register");

        // the decision as a Word document beside the PDF: the same content, parsed back
        HttpResponse<byte[]> docx = Api.as("office").download("/decisions/" + decisionNo + "/document.docx", DOCX);
        assertEquals(200, docx.statusCode(), () -> new String(docx.body(), StandardCharsets.UTF_8));
        Samples.save("decision.docx", docx.body());
        String words;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            words = extractor.getText();
        }
        assertTrue(words.contains(decisionNo), words);
        String name = proposed.json().getString("name");
        assertTrue(words.contains(name), name + " in " + words);
        assertTrue(words.contains("违反《实施办法》第九条第（一）项"), words);
        assertTrue(words.contains("处理决定书"), words);
        assertEquals(403, Api.as("hr").download("/decisions/" + decisionNo + "/document.docx", DOCX).statusCode(),
                "HR reads amounts, not the decision");
    }

    @Test
    void mergingTwoReportedCluesLeavesOneOpenReportAndKeepsTheOtherAsMerged() {
        String survivor = clue("YBJSWY", "物业公司违规为关联方担保（先报）", "2300000.00", TODAY, null);
        String older = reportOf(survivor).getJsonObject("summary").getString("reportNo");
        String merged = clue("YBJSWY", "物业公司违规为关联方担保（重复举报）", "8000000.00", FRIDAY, null);
        String younger = reportOf(merged).getJsonObject("summary").getString("reportNo");
        assertNotEquals(older, younger, "two clues, two reports until they are known to be one event");
        sendStage(younger);
        assertTrue(hasTask("office", "INCIDENT_REPORT_DUE", younger));

        ClueFixtures.advanceToChecking(merged);
        Api.Reply merging = ClueFixtures.transition("office", merged, 1, "{\"to\": \"MERGED\", \"survivor\": \"" + survivor
                + "\", \"reason\": \"同一担保事项\"}");
        assertEquals(200, merging.status(), merging::toString);

        JsonObject absorbed = detail(younger);
        assertEquals("MERGED", absorbed.getJsonObject("summary").getString("state"));
        assertEquals(older, absorbed.getString("mergedInto"));
        assertEquals(1, absorbed.getJsonArray("sendings").size(), "what it sent stays on record under it");
        assertTrue(last(absorbed, "MERGED_INTO").getString("details").contains("report=" + older));
        assertFalse(hasTask("office", "INCIDENT_REPORT_DUE", younger), "its work is gone");
        assertEquals(422, Api.as("office").post("/incident-reports/" + younger + "/extension", "{\"days\": 5, \"reason\": \"需审计\", "
                + "\"version\": " + absorbed.getInt("version") + "}").status(), "nothing more is asked under a merged report");

        JsonObject kept = detail(older);
        assertEquals("DRAFTING", kept.getJsonObject("summary").getString("state"), "the older report goes on");
        assertEquals(FRIDAY, kept.getJsonObject("summary").getString("foundOn"), "from the earlier day the matter was found");
        assertTrue(last(kept, "ABSORBED").getString("details").contains("report=" + younger));
        assertTrue(hasTask("office", "INCIDENT_REPORT_DUE", older));

        String register = Api.as("office").get("/incident-reports").body();
        assertTrue(register.contains(older) && register.contains(younger), "both stay on the register");
        assertEquals(1, Api.as("office").get("/incident-reports?state=MERGED").parse().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("reportNo").equals(younger)).count());
        assertEquals(older, Api.as("office").get("/clues/" + merged).json().getString("incidentReportNo"),
                "the merged clue names the event's report");
        assertEquals(older, Api.as("office").get("/clues/" + survivor).json().getString("incidentReportNo"));
        Api.Reply mark = Api.as("leader").post("/incident-reports", "{\"clueNo\": \"" + survivor + "\", \"reason\": \"担保金额扩大\"}");
        assertEquals(older, mark.json().getString("reportNo"), "the event's one report");
    }

    private static JsonObject last(JsonObject report, String action) {
        List<JsonObject> lines = report.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("action").equals(action)).toList();
        assertFalse(lines.isEmpty(), () -> "no " + action + " in " + report.getJsonArray("history"));
        return lines.get(lines.size() - 1);
    }

    private static boolean hasTask(String user, String kind, String object) {
        Api.Reply reply = Api.as(user).get("/me/tasks");
        assertEquals(200, reply.status(), reply::toString);
        return reply.parse().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getString("kind").equals(kind) && t.getString("object").equals(object));
    }
}
