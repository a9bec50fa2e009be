package com.soegroup.accountability.it.decision;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.ClueFixtures;
import com.soegroup.accountability.testsupport.ImportFixtures;
import com.soegroup.accountability.testsupport.InvestigationFixtures;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.soegroup.accountability.testsupport.Dates.TODAY;
import static com.soegroup.accountability.testsupport.Dates.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Decisions from a concluded case through the API, as OFFICE, LEADER and HR use them: the engine's row as the
 * starting point, reasons and bases for choices outside it, the legality review before approval, serving, the pay
 * arithmetic from HR's pay data (employed and departed, three years of term incentive, the highest of several
 * deductions, exact to the fen), referrals, an appeal that changes the decision, and the papers.
 */
class DecisionIT extends ApplicationIT {

    private static String caseNo;
    private static String clueNo;

    /** Two people of 示范物业 with exact pay: JD801 employed, JD802 left before the determination. */
    @BeforeAll
    static void concludedCase() {
        String people = ImportFixtures.PEOPLE_HEADER + "\r\n"
                + "JD801,韩立新,YBJSWY,采购部,部长,中层正职,否,否,在职,,,\r\n"
                + "JD802,苏雅琴,YBJSWY,财务部,副部长,中层副职,否,否,离职," + (YEAR - 1) + "-06-30,,\r\n"
                + "JD803,钱志远,YBJSWY,投资部,部长,中层正职,否,否,在职,,,\r\n"
                + "JD804,孙海燕,YBJSWY,资产部,经理,中层副职,否,否,在职,,,\r\n";
        assertEquals(200, ImportFixtures.upload("hr", "/people/import", "PEOPLE", "p.csv", people.getBytes(StandardCharsets.UTF_8)).status());
        String pay = ImportFixtures.PAY_HEADER + "\r\n"
                + "JD801," + YEAR + ",400000.00,130000.00,\r\n"
                + "JD801," + (YEAR - 1) + ",380000.00,120000.00,\r\n"
                + "JD801," + (YEAR - 2) + ",360000.00,100000.00,\r\n"
                + "JD801," + (YEAR - 3) + ",350000.00,90000.00,\r\n"
                + "JD802," + (YEAR - 1) + ",150000.00,60000.00,\r\n"
                + "JD802," + (YEAR - 2) + ",300000.00,70000.00,\r\n"
                + "JD802," + (YEAR - 3) + ",290000.00,80000.00,\r\n";
        Api.Reply saved = ImportFixtures.upload("hr", "/people/import", "PAY", "pay.csv", pay.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, saved.status(), saved::toString);

        clueNo = ClueFixtures.accepted("YBJSWY", "物业公司违规出借资金形成损失");
        Api.Reply opened = InvestigationFixtures.open(List.of(clueNo), List.of("JD801", "JD802", "JD803", "JD804"));
        assertEquals(201, opened.status(), opened::toString);
        caseNo = opened.json().getJsonObject("summary").getString("caseNo");
        assertEquals(200, InvestigationFixtures.assign(caseNo, "investigator", "LEADER").status());
        assertEquals(200, Api.as("investigator").post("/investigations/" + caseNo + "/recusal",
                "{\"conflict\": false, \"statement\": \"本人与本案及被调查人无利害关系\"}").status());
        assertEquals(200, InvestigationFixtures.transition("office", caseNo, 0, "IN_PROGRESS", null).status());
        assertEquals(201, InvestigationFixtures.lossItem(caseNo, "DIRECT", false, "1500000.00", null, null).status());
        assertEquals(200, InvestigationFixtures.finding(caseNo, "JD801", "DIRECT", "[]").status());
        assertEquals(200, InvestigationFixtures.finding(caseNo, "JD802", "SUPERVISORY", "[]").status());
        assertEquals(200, InvestigationFixtures.finding(caseNo, "JD803", "DIRECT", "[]").status());
        assertEquals(200, InvestigationFixtures.finding(caseNo, "JD804", "DIRECT", "[]").status());
        assertEquals(200, InvestigationFixtures.evaluate(caseNo, "JD802", "[]",
                "[{\"code\": \"RECOVERED_LOSS\", \"evidence\": \"追回款项银行回单\"}]", "MITIGATED").status());
        assertEquals(200, Api.as("leader").post("/investigations/" + caseNo + "/fault-tolerance/approval",
                "{\"employeeNo\": \"JD802\", \"version\": 0, \"note\": \"同意减轻处理\"}").status());

        assertEquals(409, propose("JD801", "STANDARD", "[\"DEMOTION\"]", "60", "50", true, null).status(),
                "no decision before the case is concluded");
        assertEquals(200, InvestigationFixtures.transition("office", caseNo, version(), "REPORT_DRAFTED", null).status());
        assertEquals(200, InvestigationFixtures.transition("leader", caseNo, version(), "REPORT_APPROVED", null).status());
        // a LARGER loss: the group's office concludes it once it is the confirmed handling unit (rules.md §9)
        assertEquals(200, InvestigationFixtures.handOver(caseNo, "YBJT", "集团本部直接组织开展").status());
        assertEquals(200, InvestigationFixtures.transition("office", caseNo, version(), "CONCLUDED", null).status());
    }

    @Test
    void aDecisionGoesFromTheEnginesRowThroughLegalReviewApprovalAndServingWithExactPay() throws Exception {
        List<JsonObject> proposals = Api.as("office").get("/decisions/proposals?caseNo=" + caseNo).parse().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(4, proposals.size());
        JsonObject first = proposals.get(0);
        assertEquals("LARGER", first.getString("level"));
        assertEquals(List.of("CIRCULATED_CRITICISM", "ADMONISHMENT", "SUSPENSION", "TRANSFER", "DEMOTION"),
                first.getJsonObject("recommended").getJsonArray("measures").getValuesAs(JsonString::getString));
        assertEquals(50, first.getJsonObject("recommended").getJsonObject("performanceSalaryPercent").getInt("min"));

        Api.Reply heavierNoReason = propose("JD801", "STANDARD", "[\"DISMISSAL\"]", "60", "50", true, null);
        assertEquals(400, heavierNoReason.status(), heavierNoReason::toString);
        assertEquals("reason", heavierNoReason.json().getString("field"));
        Api.Reply lighterNoBasis = propose("JD801", "STANDARD", "[\"ADMONISHMENT\"]", "30", "50", true, "主动退赔");
        assertEquals(422, lighterNoBasis.status(), lighterNoBasis::toString);
        Api.Reply notAllowed = propose("JD801", "HEAVIER", "[\"DEMOTION\"]", "100", "100", true, null);
        assertEquals(422, notAllowed.status(), "HEAVIER needs an aggravating circumstance");
        Api.Reply shortBan = propose("JD801", "STANDARD", "[\"DEMOTION\", \"BAN\"]", "60", "50", true, "情节严重", ", \"banYears\": 3");
        assertEquals(400, shortBan.status(), shortBan::toString);
        assertEquals(0, Api.as("office").get("/decisions?q=JD801").json().getInt("total"), "nothing kept from refusals");

        Api.Reply created = propose("JD801", "STANDARD", "[\"DEMOTION\"]", "60", "50", true, null);
        assertEquals(201, created.status(), created::toString);
        JsonObject decision = created.json();
        String no = decision.getString("decisionNo");
        // numbered by the deciding unit: the group, the confirmed handling unit of this LARGER loss (rules.md §9)
        assertTrue(no.matches("YBJT-JD-" + YEAR + "-\\d{4}"), no);
        assertEquals("PROPOSED", decision.getString("status"));
        assertEquals("WITHIN", decision.getString("deviation"));
        assertEquals(409, propose("JD801", "STANDARD", "[\"DEMOTION\"]", "60", "50", true, null).status(), "one per person");

        assertTrue(task("office", "LEGAL_REVIEW_NEEDED", no), "the office's open work lists the review");
        Api.Reply noReview = transition("leader", no, 0, "APPROVED", null);
        assertEquals(422, noReview.status(), noReview::toString);
        assertEquals(200, Api.as("office").post("/decisions/" + no + "/legal-review", "{\"reviewer\": \"法律事务部 周律\", "
                + "\"reviewedOn\": \"" + TODAY + "\", \"opinion\": \"程序合法，依据充分\", \"version\": 0}").status());
        assertTrue(task("leader", "AWAITING_APPROVAL", no), "the leading group's open work lists the approval");
        assertFalse(task("office", "LEGAL_REVIEW_NEEDED", no));
        assertEquals(409, transition("office", no, 1, "APPROVED", null).status(), "only LEADER approves");
        assertEquals(409, transition("office", no, 1, "EXECUTED", TODAY).status(), "not yet served");
        assertEquals(200, transition("leader", no, 1, "APPROVED", null).status());
        assertEquals(409, transition("office", no, 1, "EFFECTIVE", TODAY).status(), "stale version");
        Api.Reply served = transition("office", no, 2, "EFFECTIVE", TODAY);
        assertEquals(200, served.status(), served::toString);
        assertEquals(TODAY, served.json().getString("servedOn"));
        assertEquals(TODAY, served.json().getString("periodStart"));

        // 400,000 × 60% and (130,000 + 120,000 + 100,000; the year before is outside the window) × 50%
        JsonObject pay = Api.as("hr").get("/decisions/" + no + "/pay").json();
        assertFalse(pay.getBoolean("departed"));
        assertEquals("240000.00", pay.getString("performanceSalaryAmount"));
        assertEquals("175000.00", pay.getString("termIncentiveAmount"));
        assertEquals("415000.00", pay.getString("accountabilityAmount"));
        assertEquals(3, pay.getJsonObject("termIncentiveByYear").size());
        assertFalse(pay.toString().contains("违规出借"), "HR reads no case facts");

        // M§29: the highest of the three, not their sum
        assertEquals(201, deduction(no, "PARTY_DISCIPLINE", "500000.01").status());
        Api.Reply second = deduction(no, "GOVERNMENT_DISCIPLINE", "100000.00");
        assertEquals(201, second.status(), second::toString);
        assertEquals("500000.01", second.json().getJsonObject("applicable").getString("amount"));
        assertEquals("PARTY_DISCIPLINE", second.json().getJsonObject("applicable").getString("source"));
        assertEquals(400, deduction(no, "ACCOUNTABILITY", "1.00").status());
        assertEquals(403, Api.as("hr").post("/decisions/" + no + "/deductions",
                "{\"source\": \"PARTY_DISCIPLINE\", \"amount\": \"1.00\", \"reference\": \"x\"}").status());

        Api.Reply recovered = Api.as("hr").post("/decisions/" + no + "/recoveries",
                "{\"recoveredOn\": \"" + TODAY + "\", \"amount\": \"100000.10\", \"note\": \"12月工资扣回\"}");
        assertEquals(201, recovered.status(), recovered::toString);
        assertEquals("399999.91", recovered.json().getString("outstanding"));
        assertEquals(400, Api.as("hr").post("/decisions/" + no + "/recoveries",
                "{\"recoveredOn\": \"" + TODAY + "\", \"amount\": \"1.001\"}").status(), "to the fen");

        assertEquals(403, Api.as("hr").get("/decisions/" + no).status(), "HR never reads the decision itself");
        assertEquals(403, Api.as("hr").get("/decisions").status());
        assertEquals(404, Api.as("auditor").get("/decisions/" + no).status(), "YBNY's auditor: out of scope");
        assertEquals(404, Api.as("auditor").get("/decisions/" + no + "/pay").status());

        HttpResponse<byte[]> xlsx = Api.as("hr").download("/decisions/" + no + "/pay-instruction.xlsx");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            double total = -1;
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().startsWith("责任追究扣减合计")) {
                    total = row.getCell(1).getNumericCellValue();
                }
            }
            assertEquals(415000.00, total, 0.001, "amounts are numbers");
        }

        HttpResponse<byte[]> document = Api.as("office").download("/decisions/" + no + "/document.pdf");
        assertEquals(200, document.statusCode(), () -> new String(document.body(), StandardCharsets.UTF_8));
        PdfReader reader = new PdfReader(document.body());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains(no) && text.contains("降职") && text.contains("第 1 页"), text);
        // inherited from the finding of the person (the fixture's M§9 第九条第（一）项)
        assertTrue(text.replaceAll("\\s", "").contains("违反《实施办法》第九条第（一）项"), text);
        reader.close();
        assertEquals("9-1", Api.as("office").get("/decisions/" + no).json().getJsonArray("violations").getJsonObject(0)
                .getString("code"));
        HttpResponse<byte[]> instruction = Api.as("hr").download("/decisions/" + no + "/pay-instruction.pdf");
        assertEquals(200, instruction.statusCode());
        PdfReader payReader = new PdfReader(instruction.body());
        String payText = new PdfTextExtractor(payReader).getTextFromPage(1);
        assertTrue(payText.contains("500,000.01") && !payText.contains("违规出借"), payText);
        payReader.close();
    }

    @Test
    void aDepartedPersonsLighterDecisionNeedsTheApprovedBasisAndAnAppealChangesItFromTheResultDate() {
        Api.Reply noReason = propose("JD802", "MITIGATED", "[\"CIRCULATED_CRITICISM\"]", "20", null, false, null);
        assertEquals(400, noReason.status(), noReason::toString);
        Api.Reply created = propose("JD802", "MITIGATED", "[\"CIRCULATED_CRITICISM\"]", "20", null, false,
                "主动挽回损失，经领导小组批准减轻处理");
        assertEquals(201, created.status(), created::toString);
        assertEquals("LIGHTER", created.json().getString("deviation"));
        assertEquals("FAULT_TOLERANCE", created.json().getString("lighterBasis"));
        String no = created.json().getString("decisionNo");
        serve(no);

        // left the year before: the base is the last year paid, and the three years up to it
        JsonObject pay = Api.as("office").get("/decisions/" + no + "/pay").json();
        assertTrue(pay.getBoolean("departed"));
        assertEquals(YEAR - 1, pay.getInt("baseYear"));
        assertEquals("30000.00", pay.getString("performanceSalaryAmount"));
        assertEquals("0.00", pay.getString("termIncentiveAmount"));

        Api.Reply referral = Api.as("office").post("/decisions/" + no + "/referrals", "{\"kind\": \"DISCIPLINARY\", "
                + "\"organ\": \"集团纪委\", \"referredOn\": \"" + TODAY + "\", \"reference\": \"纪移〔" + YEAR + "〕3号\"}");
        assertEquals(201, referral.status(), referral::toString);
        long referralId = referral.json().getJsonArray("referrals").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply sanction = Api.as("office").post("/decisions/" + no + "/referrals/" + referralId + "/sanction",
                "{\"sanction\": \"党内警告\", \"sanctionedOn\": \"" + TODAY + "\", \"influenceMonths\": 6, \"version\": 0}");
        assertEquals(200, sanction.status(), sanction::toString);
        assertEquals(LocalDate.parse(TODAY).plusMonths(6).toString(),
                sanction.json().getJsonArray("referrals").getJsonObject(0).getString("eligibleFrom"));

        JsonObject disciplined = Api.as("hr").get("/people/JD802/promotion-eligibility?date=" + TODAY).json();
        assertFalse(disciplined.getBoolean("eligibleForPromotion"), "the sanction's influence period bars promotion");
        JsonObject disciplinary = disciplined.getJsonArray("restrictions").getJsonObject(0);
        assertEquals("DISCIPLINARY", disciplinary.getString("kind"));
        assertEquals(no, disciplinary.getString("decisionNo"));
        assertEquals(LocalDate.parse(TODAY).plusMonths(6).toString(), disciplinary.getString("eligibleFrom"));

        Api.Reply appeal = Api.as("office").post("/decisions/" + no + "/appeals",
                "{\"filedOn\": \"" + TODAY + "\", \"grounds\": \"本人已离职，对通报批评有异议\"}");
        assertEquals(201, appeal.status(), appeal::toString);
        assertEquals(409, Api.as("office").post("/decisions/" + no + "/appeals",
                "{\"filedOn\": \"" + TODAY + "\", \"grounds\": \"再次申诉\"}").status(), "one open appeal at a time");
        long appealId = appeal.json().getJsonArray("appeals").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals("EFFECTIVE", Api.as("office").get("/decisions/" + no).json().getString("status"), "an appeal suspends nothing");

        Api.Reply changedNoReplacement = Api.as("leader").post("/decisions/" + no + "/appeals/" + appealId + "/result",
                "{\"result\": \"CHANGED\", \"resultOn\": \"" + TODAY + "\", \"reason\": \"复核变更\", \"version\": 0}");
        assertEquals(400, changedNoReplacement.status(), changedNoReplacement::toString);
        Api.Reply changed = Api.as("leader").post("/decisions/" + no + "/appeals/" + appealId + "/result",
                "{\"result\": \"CHANGED\", \"resultOn\": \"" + TODAY + "\", \"reason\": \"考虑其主动挽回损失，变更为批评教育\", "
                        + "\"version\": 0, \"replacement\": {\"outcome\": \"MITIGATED\", \"measures\": [\"CRITICISM_EDUCATION\"], "
                        + "\"performanceSalaryPercent\": \"10\", \"legalBasis\": \"第二十八条、第三十二条\", \"facts\": \"同原决定\", "
                        + "\"reason\": \"申诉复核后减轻\", \"legalReviewer\": \"法律事务部 周律\", \"legalOpinion\": \"变更合法\"}}");
        assertEquals(200, changed.status(), changed::toString);
        JsonObject old = changed.json();
        assertEquals(TODAY, old.getString("endedOn"));
        assertEquals("EFFECTIVE", old.getString("status"), "history stays: the old decision is ended, not rewritten");
        String replacement = old.getString("replacedByNo");
        JsonObject now = Api.as("office").get("/decisions/" + replacement).json();
        assertEquals(no, now.getString("replacesNo"));
        assertEquals("EFFECTIVE", now.getString("status"));
        assertEquals(old.getString("periodStart"), now.getString("periodStart"), "time already served counts");
        assertEquals(TODAY, now.getString("servedOn"));
        assertEquals("CHANGED", old.getJsonArray("appeals").getJsonObject(0).getString("status"));
        assertEquals(409, Api.as("office").post("/decisions/" + no + "/appeals",
                "{\"filedOn\": \"" + TODAY + "\", \"grounds\": \"对已变更的决定再申诉\"}").status());

        List<String> actions = old.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("action")).toList();
        assertEquals(List.of("PROPOSED", "LEGAL_REVIEW", "TRANSITION", "TRANSITION", "REFERRED", "SANCTION_RECORDED",
                "APPEAL_FILED", "APPEAL_RESOLVED"), actions);

        // close-out: the clue stays open while decisions are not executed
        JsonObject line = Api.as("office").get("/clues/reconciliation?enterprise=YBJSWY&size=500").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getJsonObject("clue").getString("ledgerNo").equals(clueNo)).findFirst().orElseThrow();
        assertTrue(line.toString().contains(replacement), line::toString);
    }

    /**
     * api.md's HR example, for a decision entered through the API with the dates it was really taken on (a
     * decision of January entered in November): the answer is the example's, each restriction naming the decision.
     */
    @Test
    void hrReadsTheApiMdExampleFromADecisionMadeThroughTheApi() {
        Api.Reply created = propose("JD803", "STANDARD", "[\"ADMONISHMENT\", \"BAN\"]", "50", "50", true,
                "情节恶劣，加处禁入限制", ", \"banYears\": 5");
        assertEquals(201, created.status(), created::toString);
        String no = created.json().getString("decisionNo");
        assertEquals("HEAVIER", created.json().getString("deviation"));
        assertEquals(200, Api.as("office").post("/decisions/" + no + "/legal-review", "{\"reviewer\": \"法律事务部\", "
                + "\"reviewedOn\": \"2026-01-08\", \"opinion\": \"合法\", \"version\": 0}").status());
        assertEquals(400, transition("leader", no, 1, "APPROVED", "2026-01-07").status(), "not before the review");
        assertEquals(200, transition("leader", no, 1, "APPROVED", "2026-01-09").status());
        assertEquals(400, transition("office", no, 2, "EFFECTIVE", "2026-01-08").status(), "not served before approval");
        assertEquals(200, transition("office", no, 2, "EFFECTIVE", "2026-01-10").status());

        Api.Reply reply = Api.as("hr").get("/people/JD803/promotion-eligibility?date=2026-05-01");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject answer = reply.json();
        assertFalse(answer.getBoolean("eligibleForPromotion"));
        assertTrue(answer.getBoolean("eligibleForAnyPost"));
        assertFalse(answer.getBoolean("eligibleForSeniorManagement"));
        List<String> restrictions = answer.getJsonArray("restrictions").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("kind") + " " + r.getString("source") + " " + r.getString("from") + " "
                        + r.getString("eligibleFrom") + " " + r.getString("decisionNo")).toList();
        assertEquals(List.of("NO_PROMOTION ADMONISHMENT 2026-01-10 2026-07-10 " + no,
                "SOE_BAN BAN 2026-01-10 2031-01-10 " + no), restrictions);
        assertFalse(reply.body().contains("情节恶劣") || reply.body().contains(caseNo), "HR reads no case facts");

        JsonObject batch = Api.as("hr").post("/people/promotion-eligibility",
                "{\"date\": \"2026-07-10\", \"employeeNos\": [\"JD803\", \"NOBODY-1\", \"JD803\"]}").json();
        List<JsonObject> results = batch.getJsonArray("results").getValuesAs(JsonObject.class);
        assertEquals(List.of("JD803", "NOBODY-1", "JD803"), results.stream().map(r -> r.getString("employeeNo")).toList());
        assertTrue(results.get(0).getBoolean("eligibleForPromotion"), "the admonishment's six months are over");
        assertFalse(results.get(0).getBoolean("eligibleForSeniorManagement"), "the ban runs on");
        assertFalse(results.get(1).getBoolean("found"));

        String bans = Api.as("hr").get("/bans?activeOn=2026-05-01").body();
        assertTrue(bans.contains(no), bans);
    }

    /** Two offices proposing for the same person at the same moment: one decision, a conflict for the other, no 500. */
    @Test
    void twoProposalsForOnePersonAtOnceMakeOneDecision() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                replies.add(pool.submit(() -> propose("JD804", "STANDARD", "[\"TRANSFER\"]", "50", "50", true, null)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Reply> reply : replies) {
                Api.Reply r = reply.get();
                statuses.add(r.status());
                if (r.status() == 409) {
                    assertFalse(r.json().getString("message").isBlank());
                }
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
            assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Api.as("office").get("/decisions?q=JD804").json().getInt("total"));
    }

    private static Api.Reply propose(String employeeNo, String outcome, String measures, String perf, String term, boolean full,
                                     String reason) {
        return propose(employeeNo, outcome, measures, perf, term, full, reason, "");
    }

    private static Api.Reply propose(String employeeNo, String outcome, String measures, String perf, String term, boolean full,
                                     String reason, String extra) {
        return Api.as("office").post("/decisions", "{\"caseNo\": \"" + caseNo + "\", \"employeeNo\": \"" + employeeNo
                + "\", \"outcome\": \"" + outcome + "\", \"measures\": " + measures
                + (perf == null ? "" : ", \"performanceSalaryPercent\": \"" + perf + "\"")
                + (term == null ? "" : ", \"termIncentivePercent\": \"" + term + "\"")
                + (full ? ", \"deferPerformanceSalary\": true, \"endUnexercisedRights\": true, \"handBackYears\": 2, "
                + "\"incentiveBarYears\": 5" : "")
                + ", \"legalBasis\": \"《违规经营投资责任追究办法》第二十八条\", \"facts\": \"未经集体决策违规出借资金150万元，形成损失\""
                + (reason == null ? "" : ", \"reason\": \"" + reason + "\"") + extra + "}");
    }

    private static Api.Reply transition(String user, String no, int version, String to, String date) {
        return Api.as(user).post("/decisions/" + no + "/transitions", "{\"to\": \"" + to + "\", \"version\": " + version
                + (date == null ? "" : ", \"date\": \"" + date + "\"") + "}");
    }

    private static void serve(String no) {
        assertEquals(200, Api.as("office").post("/decisions/" + no + "/legal-review", "{\"reviewer\": \"法律事务部\", "
                + "\"reviewedOn\": \"" + TODAY + "\", \"opinion\": \"合法\", \"version\": 0}").status());
        assertEquals(200, transition("leader", no, 1, "APPROVED", null).status());
        Api.Reply served = transition("office", no, 2, "EFFECTIVE", TODAY);
        assertEquals(200, served.status(), served::toString);
    }

    private static Api.Reply deduction(String no, String source, String amount) {
        return Api.as("office").post("/decisions/" + no + "/deductions", "{\"source\": \"" + source + "\", \"amount\": \""
                + amount + "\", \"reference\": \"纪发〔" + YEAR + "〕1号\"}");
    }

    private static boolean task(String user, String kind, String decisionNo) {
        return Api.as(user).get("/me/tasks").parse().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getString("kind").equals(kind) && t.getString("object").equals(decisionNo));
    }

    private static int version() {
        return InvestigationFixtures.version(caseNo);
    }
}
