package com.soegroup.accountability.it.task;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.ClueFixtures;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.DecisionFixtures;
import com.soegroup.accountability.testsupport.FromAddress;
import com.soegroup.accountability.testsupport.ImportFixtures;
import com.soegroup.accountability.testsupport.InvestigationFixtures;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static com.soegroup.accountability.testsupport.Dates.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The to-do list of every role (issue 17), {@code GET /me/tasks} and {@code GET /me/tasks/summary}: each role finds
 * work in the demo data, overdue first, counted per kind; a task appears for the role that must take the step while
 * the step waits on it, and disappears once the step is done.
 */
class TasksIT extends ApplicationIT {

    private static final List<String> ROLES = List.of("office", "leader", "investigator", "liaison", "hr");

    @Test
    void everyRoleFindsItsWorkInTheDemoOverdueFirstAndTheSummaryCountsIt() {
        for (String user : ROLES) {
            List<JsonObject> tasks = tasks(user);
            assertFalse(tasks.isEmpty(), user + " has work in the demo");
            boolean onTime = false;
            for (JsonObject t : tasks) {
                assertFalse(t.getString("kind").isBlank());
                assertFalse(t.getString("object").isBlank());
                assertTrue(t.getString("link").startsWith("/accountability/") && t.getString("link").contains(".xhtml"), t::toString);
                if (!t.getBoolean("overdue")) {
                    onTime = true;
                } else {
                    assertFalse(onTime, () -> user + ": an overdue task after one that is not: " + tasks);
                }
            }
            JsonObject summary = Api.as(user).get("/me/tasks/summary").json();
            assertEquals(tasks.size(), summary.getInt("total"), user);
            assertEquals(tasks.stream().filter(t -> t.getBoolean("overdue")).count(), summary.getInt("overdue"), user);
            List<JsonObject> kinds = summary.getJsonArray("kinds").getValuesAs(JsonObject.class);
            assertEquals(tasks.size(), kinds.stream().mapToInt(k -> k.getInt("count")).sum(), user);
            for (JsonObject k : kinds) {
                assertEquals(tasks.stream().filter(t -> t.getString("kind").equals(k.getString("kind"))).count(), k.getInt("count"),
                        () -> user + " " + k);
            }
        }
        assertTrue(kinds("hr").stream().allMatch("PAY_DATA_MISSING"::equals), "HR sees pay work only, never a case step");
        assertEquals(401, Api.as("office", "wrong").get("/me/tasks/summary").status());
    }

    @Test
    void aClueIsTheOfficesWorkUntilItsCheckStartsThenTheLeadersUntilTheyDecide() {
        String no = ClueFixtures.registered("office", "YBJS", "建投公司违规预付工程款（待办）");
        JsonObject toCheck = task("office", "CLUE_TO_CHECK", no).orElseThrow(() -> new AssertionError(tasks("office")));
        assertTrue(toCheck.getString("link").endsWith("/clue/detail.xhtml?no=" + no), toCheck::toString);
        assertTrue(toCheck.getString("title").contains("违规预付工程款"), toCheck::toString);
        assertFalse(toCheck.getBoolean("overdue"));
        assertTrue(task("leader", "AWAITING_DECISION", no).isEmpty(), "not yet checked");
        assertTrue(tasks("liaison").stream().noneMatch(t -> t.getString("object").equals(no)), "another enterprise's clue");

        ClueFixtures.advanceToChecking(no);
        assertTrue(task("office", "CLUE_TO_CHECK", no).isEmpty(), "the office took the step");
        assertTrue(task("leader", "AWAITING_DECISION", no).isPresent(), "now the leading group decides");

        Api.Reply accepted = ClueFixtures.transition("leader", no, 1, "{\"to\": \"ACCEPTED\"}");
        assertEquals(200, accepted.status(), accepted::toString);
        assertTrue(tasks("leader").stream().noneMatch(t -> t.getString("object").equals(no)), "decided: nothing left on the clue");
    }

    @Test
    void aReportersMessageWaitsForTheOfficesAnswer() {
        FromAddress reporter = FromAddress.loopback(71);
        FromAddress.Reply sent = reporter.api("POST", "/reports", null, null,
                "{\"enterprise\": \"YBWT\", \"summary\": \"文旅公司门票收入未入账 TASK-PROBE-MSG\"}");
        assertEquals(201, sent.status(), sent::toString);
        String receipt = sent.json().getString("receipt");
        String no = Api.as("office").get("/clues?source=REPORT&q=TASK-PROBE-MSG").json().getJsonArray("items").getJsonObject(0)
                .getString("ledgerNo");
        assertTrue(task("office", "CLUE_TO_CHECK", no).isPresent(), "the report is a clue to accept");
        assertTrue(task("office", "REPORTER_MESSAGE", no).isEmpty(), "and no message yet");

        FromAddress.Reply message = reporter.api("POST", "/reports/messages", null, null,
                "{\"receipt\": \"" + receipt + "\", \"text\": \"补充：涉及金额约五万元\"}");
        assertEquals(200, message.status(), message::toString);
        assertTrue(task("office", "REPORTER_MESSAGE", no).isPresent(), "the reporter wrote: the office answers");
        assertEquals(200, Api.as("office").post("/clues/" + no + "/report-messages", "{\"text\": \"已收到，正在核实\"}").status());
        assertTrue(task("office", "REPORTER_MESSAGE", no).isEmpty(), "answered");
    }

    @Test
    void anInvestigationsStepsWaitOnTheRoleThatTakesThemAndLeaveWithTheStep() {
        String subject;
        try (DecisionFixtures people = DecisionFixtures.open()) {
            subject = people.person("任务测试人", "YBJS");
        }
        String no = InvestigationFixtures.opened("YBJS", "建投公司违规对外担保（待办）", subject);
        assertTrue(task("office", "CASE_TO_START", no).isPresent());

        assertEquals(200, InvestigationFixtures.assign(no, "investigator", "LEADER").status());
        JsonObject recusal = task("investigator", "RECUSAL_TO_SIGN", no).orElseThrow(() -> new AssertionError(tasks("investigator")));
        assertEquals("", recusal.getString("title"), "nothing of the case before the declaration");
        assertTrue(recusal.getString("link").endsWith("/investigation/investigation.xhtml?no=" + no));
        assertTrue(task("investigator", "REPORT_TO_DRAFT", no).isEmpty());
        assertEquals(200, Api.as("investigator").post("/investigations/" + no + "/recusal",
                "{\"conflict\": false, \"statement\": \"本人与本案及被调查人无利害关系\"}").status());
        assertTrue(task("investigator", "RECUSAL_TO_SIGN", no).isEmpty(), "signed");

        assertEquals(200, InvestigationFixtures.transition("office", no, 0, "IN_PROGRESS", null).status());
        assertTrue(task("office", "CASE_TO_START", no).isEmpty());
        assertTrue(task("investigator", "REPORT_TO_DRAFT", no).isPresent(), "the team drafts the report");

        assertEquals(201, InvestigationFixtures.lossItem(no, "DIRECT", false, "500000.00", null, null).status());
        assertEquals(200, InvestigationFixtures.finding(no, subject, "SUPERVISORY", "[]").status());
        Api.Reply evaluated = InvestigationFixtures.evaluate(no, subject, "[]",
                "[{\"code\": \"RECOVERED_LOSS\", \"evidence\": \"追回款项银行回单\"}]", "MITIGATED");
        assertEquals(200, evaluated.status(), evaluated::toString);
        JsonObject tolerance = task("leader", "TOLERANCE_AWAITING_APPROVAL", no).orElseThrow(() -> new AssertionError(tasks("leader")));
        assertTrue(tolerance.getString("title").startsWith("任务测试人"), tolerance::toString);
        assertEquals(200, Api.as("leader").post("/investigations/" + no + "/fault-tolerance/approval",
                "{\"employeeNo\": \"" + subject + "\", \"version\": 0, \"note\": \"同意减轻处理\"}").status());
        assertTrue(task("leader", "TOLERANCE_AWAITING_APPROVAL", no).isEmpty(), "approved");

        assertEquals(200, InvestigationFixtures.transition("investigator", no, InvestigationFixtures.version(no), "REPORT_DRAFTED", null).status());
        assertTrue(task("investigator", "REPORT_TO_DRAFT", no).isEmpty());
        assertTrue(task("leader", "REPORT_AWAITING_APPROVAL", no).isPresent(), "the leading group approves the report");
        JsonObject badge = Api.as("leader").get("/me/tasks/summary").json();
        assertTrue(badge.getJsonArray("kinds").getValuesAs(JsonObject.class).stream()
                .anyMatch(k -> k.getString("kind").equals("REPORT_AWAITING_APPROVAL") && k.getInt("count") >= 1), badge::toString);

        assertEquals(200, InvestigationFixtures.transition("leader", no, InvestigationFixtures.version(no), "REPORT_APPROVED", null).status());
        assertTrue(task("leader", "REPORT_AWAITING_APPROVAL", no).isEmpty());
        assertTrue(task("office", "CASE_TO_CONCLUDE", no).isPresent());
        assertEquals(200, InvestigationFixtures.transition("office", no, InvestigationFixtures.version(no), "CONCLUDED", null).status());
        assertTrue(tasks("office").stream().noneMatch(t -> t.getString("object").equals(no)), "concluded: no work left");
        assertTrue(tasks("investigator").stream().noneMatch(t -> t.getString("object").equals(no)));
    }

    @Test
    void hrEntersThePayOfAServedDecisionThatDeductsItAndTheTaskIsDone() throws Exception {
        String employeeNo;
        String decisionNo;
        try (DecisionFixtures fixtures = DecisionFixtures.open()) {
            employeeNo = fixtures.person("薪酬待录入", "YBJSWY");
            decisionNo = fixtures.decision(employeeNo).servedOn(TODAY).insert().decisionNo();
        }
        try (Connection db = Database.connect();
             PreparedStatement pay = db.prepareStatement("UPDATE decision SET performance_salary_percent = 50 WHERE decision_no = ?")) {
            // the decision deducts half of the year's performance salary, which HR has not entered
            pay.setString(1, decisionNo);
            assertEquals(1, pay.executeUpdate());
        }
        JsonObject missing = task("hr", "PAY_DATA_MISSING", decisionNo).orElseThrow(() -> new AssertionError(tasks("hr")));
        assertTrue(missing.getString("title").startsWith("薪酬待录入 · ") && missing.getString("title").contains("物业"),
                missing::toString);
        assertFalse(missing.getString("title").contains(DecisionFixtures.FACTS), "HR never reads case facts");
        int year = LocalDate.parse(TODAY).minusDays(30).getYear();
        assertTrue(missing.getString("link").endsWith("/effect/pay.xhtml?person=" + employeeNo + "&year=" + year),
                "one click to the pay form with the person and year filled in: " + missing);
        assertTrue(task("office", "PAY_DATA_MISSING", decisionNo).isEmpty(), "HR's work, not the office's");

        String pay = ImportFixtures.PAY_HEADER + "\r\n" + employeeNo + "," + year + ",300000.00,100000.00,\r\n";
        assertEquals(200, ImportFixtures.upload("hr", "/people/import", "PAY", "pay.csv", pay.getBytes(StandardCharsets.UTF_8)).status());
        assertTrue(task("hr", "PAY_DATA_MISSING", decisionNo).isEmpty(), "entered: the deduction can be computed");
    }

    static List<JsonObject> tasks(String user) {
        Api.Reply reply = Api.as(user).get("/me/tasks");
        assertEquals(200, reply.status(), reply::toString);
        return reply.parse().asJsonArray().getValuesAs(JsonObject.class);
    }

    private static List<String> kinds(String user) {
        return tasks(user).stream().map(t -> t.getString("kind")).distinct().toList();
    }

    private static Optional<JsonObject> task(String user, String kind, String object) {
        return tasks(user).stream().filter(t -> t.getString("kind").equals(kind) && t.getString("object").equals(object)).findFirst();
    }
}
