package com.soegroup.accountability.it.recovery;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.DecisionFixtures;
import com.soegroup.accountability.testsupport.InvestigationFixtures;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static com.soegroup.accountability.testsupport.Dates.TODAY;
import static com.soegroup.accountability.testsupport.Dates.YEAR;
import static com.soegroup.accountability.testsupport.Dates.daysFromToday;
import static com.soegroup.accountability.testsupport.RecoveryFixtures.concluded;
import static com.soegroup.accountability.testsupport.RecoveryFixtures.decision;
import static com.soegroup.accountability.testsupport.RecoveryFixtures.firstItem;
import static com.soegroup.accountability.testsupport.RecoveryFixtures.record;
import static com.soegroup.accountability.testsupport.RecoveryFixtures.worked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loss recovery (追损) through the API as OFFICE, the case's team, HR and LEADER use it: events add up per item and
 * per case, a reversal is the only correction, HR's pay claw-backs count once (from the decision), recovery goes on
 * after the case is concluded, the quarterly follow-up and the write-off LEADER approves or refuses, the totals by
 * subtree and year equal the events, and scope and recusal give 404.
 */
class RecoveryIT extends ApplicationIT {

    @Test
    void eventsAddUpReversalsCorrectAndHrsClawBacksCountOnce() {
        String subject = person("追损测试甲", "YBJS");
        String no = concluded("YBJS", "建投公司违规预付工程款（追损）", subject, "500000.00");
        JsonObject none = recoveries("office", no);
        assertEquals("500000.00", none.getJsonObject("figures").getString("determined"));
        assertEquals("0.00", none.getJsonObject("figures").getString("recovered"));
        assertEquals("500000.00", none.getJsonObject("figures").getString("outstanding"));
        assertEquals("0.00", none.getJsonObject("figures").getString("rate"));
        long item = firstItem(no);

        // after the conclusion, the office and the case's investigator both record what came back
        Api.Reply litigation = record("office", no, item, daysFromToday(-10), "200000.00", "LITIGATION");
        assertEquals(201, litigation.status(), litigation::toString);
        Api.Reply insurance = record("investigator", no, item, TODAY, "50000.00", "INSURANCE");
        assertEquals(201, insurance.status(), insurance::toString);
        JsonObject two = insurance.json();
        assertEquals("250000.00", two.getJsonObject("figures").getString("recovered"));
        assertEquals("250000.00", two.getJsonObject("figures").getString("outstanding"));
        assertEquals("50.00", two.getJsonObject("figures").getString("rate"));
        assertEquals("250000.00", two.getJsonArray("items").getJsonObject(0).getString("recovered"));
        JsonObject loss = Api.as("office").get("/investigations/" + no + "/loss").json();
        assertEquals("250000.00", loss.getJsonArray("items").getJsonObject(0).getString("recoveredAmount"), "the item's figure is the events' sum");
        assertEquals("250000.00", loss.getJsonObject("totals").getString("recovered"));
        assertEquals("500000.00", loss.getJsonObject("totals").getString("counted"), "recoveries never reduce the loss");

        // bad input: a clear refusal, and nothing kept
        assertRefused(400, "method", record("office", no, item, TODAY, "1000.00", "PAY_CLAWBACK"));
        assertRefused(400, "recoveredOn", record("office", no, item, daysFromToday(1), "1000.00", "OTHER"));
        assertRefused(400, "amount", record("office", no, item, TODAY, "0", "OTHER"));
        assertRefused(400, "amount", record("office", no, item, TODAY, "10.001", "OTHER"));
        assertRefused(400, "lossItemId", record("office", no, item + 100000, TODAY, "1000.00", "OTHER"));
        assertRefused(400, "evidence", Api.as("office").post("/investigations/" + no + "/recoveries", "{\"lossItemId\": " + item
                + ", \"recoveredOn\": \"" + TODAY + "\", \"amount\": \"1.00\", \"method\": \"OTHER\"}"));
        assertEquals(403, record("hr", no, item, TODAY, "1000.00", "OTHER").status(), "HR records claw-backs at the decision");
        assertEquals(2, recoveries("office", no).getJsonArray("events").size());

        // the insurance entry was wrong: reversed with a reason, never changed
        long insuranceId = two.getJsonArray("events").getJsonObject(0).getJsonNumber("id").longValue();
        assertRefused(400, "reason", Api.as("office").post(reversal(no, insuranceId), "{}"));
        Api.Reply reversed = Api.as("office").post(reversal(no, insuranceId), "{\"reason\": \"保险理赔款实际未到账，误登记\"}");
        assertEquals(201, reversed.status(), reversed::toString);
        JsonObject after = reversed.json();
        assertEquals("200000.00", after.getJsonObject("figures").getString("recovered"));
        JsonObject reversal = after.getJsonArray("events").getJsonObject(0);
        assertEquals("-50000.00", reversal.getString("amount"));
        assertEquals(insuranceId, reversal.getJsonNumber("reverses").longValue());
        assertEquals("保险理赔款实际未到账，误登记", reversal.getString("reason"));
        assertEquals(reversal.getJsonNumber("id").longValue(), after.getJsonArray("events").getJsonObject(1).getJsonNumber("reversedBy").longValue());
        assertEquals(409, Api.as("office").post(reversal(no, insuranceId), "{\"reason\": \"再次冲销\"}").status(), "reversed once");
        assertEquals(409, Api.as("office").post(reversal(no, reversal.getJsonNumber("id").longValue()), "{\"reason\": \"冲销冲销\"}").status());
        assertEquals(404, Api.as("office").post(reversal(no, 999999999L), "{\"reason\": \"不存在\"}").status());

        // HR claws back pay under the case's decision: counted once, from the decision, not as an event
        String decisionNo = decision(no, subject);
        Api.Reply clawedBack = Api.as("hr").post("/decisions/" + decisionNo + "/recoveries",
                "{\"recoveredOn\": \"" + TODAY + "\", \"amount\": \"30000.00\", \"note\": \"绩效年薪扣回\"}");
        assertEquals(201, clawedBack.status(), clawedBack::toString);
        JsonObject withPay = recoveries("office", no);
        JsonObject figures = withPay.getJsonObject("figures");
        assertEquals("200000.00", figures.getString("recoveredByEvents"));
        assertEquals("30000.00", figures.getString("clawedBack"));
        assertEquals("230000.00", figures.getString("recovered"));
        assertEquals("270000.00", figures.getString("outstanding"));
        assertEquals("46.00", figures.getString("rate"));
        assertEquals(1, withPay.getJsonArray("clawbacks").size());
        assertEquals(decisionNo, withPay.getJsonArray("clawbacks").getJsonObject(0).getString("decisionNo"));
        assertEquals(3, withPay.getJsonArray("events").size(), "the claw-back is no event of its own");
        assertEquals("200000.00", Api.as("office").get("/investigations/" + no + "/loss").json().getJsonObject("totals").getString("recovered"));

        List<JsonObject> history = Api.as("office").get("/investigations/" + no + "/history").parse().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(2, history.stream().filter(h -> "RECOVERY_RECORDED".equals(h.getString("action"))).count(), history::toString);
        assertTrue(history.stream().anyMatch(h -> "RECOVERY_REVERSED".equals(h.getString("action"))
                && "保险理赔款实际未到账，误登记".equals(h.getString("reason"))), history::toString);
        JsonObject audit = Api.as("admin").get("/audit?objectType=RECOVERY_EVENT&objectId=" + no + ":" + insuranceId + "&size=1").json();
        assertEquals(1, audit.getJsonArray("items").size(), audit::toString);
    }

    @Test
    void theLossItemNoLongerTakesATypedRecoveredAmount() {
        String no = worked("YBJS", "建投公司资金出借损失（追损录入）", person("追损测试乙", "YBJS"), "300000.00");
        long item = firstItem(no);
        assertEquals(201, record("investigator", no, item, TODAY, "1000.00", "AGREED_REPAYMENT").status(), "while the case is worked on");
        JsonObject read = Api.as("office").get("/investigations/" + no + "/loss").json().getJsonArray("items").getJsonObject(0);
        String correction = "{\"kind\": \"DIRECT\", \"contingent\": false, \"description\": \"损失项目（更正）\", \"amount\": \"300000.00\", "
                + "\"basis\": \"ACCOUNTING_AUDIT\", \"evidenceReference\": \"审计报告〔2026〕8号\", \"version\": " + read.getInt("version");
        Api.Reply typed = Api.as("office").put("/investigations/" + no + "/loss-items/" + item, correction + ", \"recoveredAmount\": \"5000.00\"}");
        assertRefused(400, "recoveredAmount", typed);
        Api.Reply echoed = Api.as("office").put("/investigations/" + no + "/loss-items/" + item, correction + ", \"recoveredAmount\": \"1000.00\"}");
        assertEquals(200, echoed.status(), "the figure read may be sent back: " + echoed);
        assertEquals("1000.00", echoed.json().getJsonArray("items").getJsonObject(0).getString("recoveredAmount"));

        String undetermined = InvestigationFixtures.opened("YBJS", "建投公司尚无损失认定（追损）", person("追损测试丙", "YBJS"));
        JsonObject empty = recoveries("office", undetermined);
        assertEquals("0.00", empty.getJsonObject("figures").getString("determined"));
        assertEquals(409, Api.as("office").post("/investigations/" + undetermined + "/recoveries", "{\"lossItemId\": 1, \"recoveredOn\": \""
                + TODAY + "\", \"amount\": \"1.00\", \"method\": \"OTHER\", \"evidence\": \"回单\"}").status(), "not before the determination");
        assertEquals(409, Api.as("office").post("/investigations/" + no + "/recoveries/irrecoverable",
                "{\"text\": \"债务人破产\", \"version\": 0}").status(), "no write-off before the conclusion");
    }

    @Test
    void scopeAndRecusalGive404() {
        String no = worked("YBJS", "建投公司违规担保（追损范围）", person("追损测试丁", "YBJS"), "200000.00");
        long item = firstItem(no);
        assertEquals(404, Api.as("auditor").get("/investigations/" + no + "/recoveries").status(), "YBNY's auditor: out of scope");
        assertEquals(403, Api.as("liaison").get("/investigations/" + no + "/recoveries").status());
        assertEquals(200, Api.as("leader").get("/investigations/" + no + "/recoveries").status());
        assertEquals(403, record("leader", no, item, TODAY, "1.00", "OTHER").status(), "LEADER reads, never records");

        String unassigned = InvestigationFixtures.opened("YBJS", "建投公司未分派案件（追损范围）", person("追损测试戊", "YBJS"));
        assertEquals(404, Api.as("investigator").get("/investigations/" + unassigned + "/recoveries").status(), "not on the team");

        // the leader is the subject: the case is gone for him, its write-off too
        String subjectCase = worked("YBJT", "集团本部对外投资损失（追损回避）", "DEMO-LEADER", "100000.00");
        assertEquals(404, Api.as("leader").get("/investigations/" + subjectCase + "/recoveries").status());
        assertEquals(404, Api.as("leader").post("/investigations/" + subjectCase + "/recoveries/irrecoverable/decision",
                "{\"approve\": true, \"opinion\": \"同意\", \"version\": 0}").status());

        assertEquals(200, Api.as("auditor").get("/recoveries?enterprise=YBNY").status());
        assertEquals(404, Api.as("auditor").get("/recoveries?enterprise=YBJS").status(), "a subtree outside the scope");
        assertEquals(403, Api.as("investigator").get("/recoveries").status());
        assertRefused(400, "year", Api.as("office").get("/recoveries?year=abc"));
        assertRefused(400, "year", Api.as("office").get("/recoveries?year=" + (YEAR + 1)));
    }

    @Test
    void anOutstandingBalanceIsFollowedUpQuarterlyUntilLeaderApprovesItsWriteOff() throws SQLException {
        String no = concluded("YBJS", "建投公司违规拆借资金（追损核销）", person("追损测试己", "YBJS"), "400000.00");
        // recovered in the quarter before this one
        String earlier = LocalDate.parse(TODAY).minusMonths(3).toString();
        assertEquals(201, record("office", no, firstItem(no), earlier, "100000.00", "ASSET_DISPOSAL").status());
        assertTrue(task("office", "RECOVERY_FOLLOW_UP", no).isEmpty(), "concluded this quarter: followed up from the next one");
        lastQuarter(no);
        JsonObject due = task("office", "RECOVERY_FOLLOW_UP", no).orElseThrow(() -> new AssertionError("no follow-up task"));
        assertTrue(due.getString("link").endsWith("/recovery/recovery.xhtml?no=" + no), due::toString);
        assertFalse(due.getBoolean("overdue"), "due at the end of this quarter: " + due);
        JsonObject page = recoveries("office", no);
        assertEquals(due.getString("due"), page.getString("followUpDue"), "the page and the to-do list agree");
        assertEquals(0, page.getInt("followUpDaysLate"));

        assertRefused(400, "text", Api.as("office").post("/investigations/" + no + "/recoveries/follow-up", "{\"version\": 0}"));
        Api.Reply followed = Api.as("office").post("/investigations/" + no + "/recoveries/follow-up",
                "{\"text\": \"已向债务人发出律师函\", \"version\": 0}");
        assertEquals(200, followed.status(), followed::toString);
        assertEquals(TODAY, followed.json().getString("followedUpOn"));
        assertTrue(task("office", "RECOVERY_FOLLOW_UP", no).isEmpty(), "followed up this quarter");

        int version = followed.json().getInt("version");
        assertEquals(403, Api.as("investigator").post("/investigations/" + no + "/recoveries/irrecoverable",
                "{\"text\": \"债务人破产\", \"version\": " + version + "}").status(), "only the office asks");
        assertRefused(400, "text", Api.as("office").post("/investigations/" + no + "/recoveries/irrecoverable", "{\"version\": " + version + "}"));
        Api.Reply requested = Api.as("office").post("/investigations/" + no + "/recoveries/irrecoverable",
                "{\"text\": \"债务人已破产清算，无财产可供执行\", \"version\": " + version + "}");
        assertEquals(200, requested.status(), requested::toString);
        JsonObject pending = requested.json().getJsonObject("irrecoverable");
        assertEquals("PENDING", pending.getString("status"));
        assertEquals("300000.00", pending.getString("amount"));
        assertTrue(task("leader", "IRRECOVERABLE_AWAITING_APPROVAL", no).isPresent(), "on the leader's to-do list");
        version = requested.json().getInt("version");

        assertEquals(403, Api.as("office").post(decisionPath(no), "{\"approve\": true, \"opinion\": \"同意\", \"version\": " + version + "}").status());
        assertRefused(400, "opinion", Api.as("leader").post(decisionPath(no), "{\"approve\": false, \"version\": " + version + "}"));
        assertEquals(409, Api.as("leader").post(decisionPath(no), "{\"approve\": false, \"opinion\": \"x\", \"version\": " + (version + 1) + "}").status(), "stale");
        Api.Reply refused = Api.as("leader").post(decisionPath(no), "{\"approve\": false, \"opinion\": \"请继续通过诉讼追偿\", \"version\": " + version + "}");
        assertEquals(200, refused.status(), refused::toString);
        assertEquals("REFUSED", refused.json().getJsonObject("irrecoverable").getString("status"));
        assertEquals("300000.00", refused.json().getJsonObject("figures").getString("outstanding"), "a refusal writes nothing off");
        assertTrue(task("leader", "IRRECOVERABLE_AWAITING_APPROVAL", no).isEmpty());

        Api.Reply again = Api.as("office").post("/investigations/" + no + "/recoveries/irrecoverable",
                "{\"text\": \"诉讼终结，法院裁定终结执行\", \"version\": " + refused.json().getInt("version") + "}");
        assertEquals(200, again.status(), again::toString);
        Api.Reply approved = Api.as("leader").post(decisionPath(no), "{\"approve\": true, \"opinion\": \"同意核销\", \"version\": "
                + again.json().getInt("version") + "}");
        assertEquals(200, approved.status(), approved::toString);
        JsonObject figures = approved.json().getJsonObject("figures");
        assertEquals("300000.00", figures.getString("irrecoverable"));
        assertEquals("0.00", figures.getString("outstanding"));
        assertEquals("APPROVED", approved.json().getJsonObject("irrecoverable").getString("status"));
        assertEquals("leader", approved.json().getJsonObject("irrecoverable").getString("decidedBy"));
        assertEquals(409, Api.as("office").post("/investigations/" + no + "/recoveries/irrecoverable",
                "{\"text\": \"再次申请\", \"version\": " + approved.json().getInt("version") + "}").status());
        lastQuarter(no);
        assertTrue(task("office", "RECOVERY_FOLLOW_UP", no).isEmpty(), "written off: no more follow-ups");

        List<JsonObject> history = Api.as("office").get("/investigations/" + no + "/history").parse().asJsonArray().getValuesAs(JsonObject.class);
        for (String action : List.of("RECOVERY_FOLLOWED_UP", "IRRECOVERABLE_REQUESTED", "IRRECOVERABLE_REFUSED", "IRRECOVERABLE_APPROVED")) {
            assertTrue(history.stream().anyMatch(h -> action.equals(h.getString("action"))), action + " in " + history);
        }
    }

    @Test
    void theTotalsOfASubtreeAndYearEqualTheEventsAndClawBacks() throws SQLException {
        JsonObject before = Api.as("office").get("/recoveries?enterprise=YBJS&year=" + YEAR).json();
        String subject = person("追损测试庚", "YBJS");
        String no = concluded("YBJS", "建投公司违规投资（追损统计）", subject, "600000.00");
        long item = firstItem(no);
        assertEquals(201, record("office", no, item, TODAY, "120000.00", "LITIGATION").status());
        assertEquals(201, record("office", no, item, TODAY, "30000.50", "OTHER").status());
        assertEquals(201, Api.as("hr").post("/decisions/" + decision(no, subject) + "/recoveries",
                "{\"recoveredOn\": \"" + TODAY + "\", \"amount\": \"9999.99\"}").status());
        JsonObject totals = Api.as("office").get("/recoveries?enterprise=YBJS&year=" + YEAR).json();
        assertEquals("YBJS", totals.getString("enterprise"));
        assertEquals(YEAR, totals.getInt("year"));
        assertEquals(money(before, "determined").add(new BigDecimal("600000.00")), money(totals, "determined"));
        assertEquals(money(before.getJsonObject("recovered"), "LITIGATION").add(new BigDecimal("120000.00")),
                money(totals.getJsonObject("recovered"), "LITIGATION"));
        assertEquals(money(before.getJsonObject("recovered"), "PAY_CLAWBACK").add(new BigDecimal("9999.99")),
                money(totals.getJsonObject("recovered"), "PAY_CLAWBACK"));

        // and the whole: each method's total is the sum of the year's events of the subtree's cases, claw-backs included
        try (Connection db = Database.connect()) {
            for (String method : List.of("LITIGATION", "AGREED_REPAYMENT", "INSURANCE", "ASSET_DISPOSAL", "OTHER")) {
                assertEquals(sum(db, "SELECT COALESCE(SUM(e.amount), 0) FROM recovery_event e JOIN investigation i ON i.id = e.investigation_id "
                        + "JOIN enterprise le ON le.id = i.loss_enterprise_id WHERE le.path LIKE (SELECT path FROM enterprise WHERE code = 'YBJS') || '%' "
                        + "AND e.method = '" + method + "' AND EXTRACT(YEAR FROM e.recovered_on) = " + YEAR),
                        money(totals.getJsonObject("recovered"), method), method);
            }
            assertEquals(sum(db, "SELECT COALESCE(SUM(r.amount), 0) FROM decision_recovery r JOIN decision d ON d.id = r.decision_id "
                            + "JOIN investigation i ON i.id = d.investigation_id JOIN enterprise le ON le.id = i.loss_enterprise_id "
                            + "WHERE le.path LIKE (SELECT path FROM enterprise WHERE code = 'YBJS') || '%' AND EXTRACT(YEAR FROM r.recovered_on) = " + YEAR)
                            .add(sum(db, "SELECT COALESCE(SUM(e.amount), 0) FROM recovery_event e JOIN investigation i ON i.id = e.investigation_id "
                            + "JOIN enterprise le ON le.id = i.loss_enterprise_id WHERE le.path LIKE (SELECT path FROM enterprise WHERE code = 'YBJS') || '%' "
                            + "AND e.method = 'PAY_CLAWBACK' AND EXTRACT(YEAR FROM e.recovered_on) = " + YEAR)),
                    money(totals.getJsonObject("recovered"), "PAY_CLAWBACK"));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (String method : totals.getJsonObject("recovered").keySet()) {
            sum = sum.add(money(totals.getJsonObject("recovered"), method));
        }
        assertEquals(sum, money(totals, "recoveredSum"));
        assertFalse(Api.as("office").get("/recoveries").json().getString("enterprise").isEmpty(), "the caller's own enterprise by default");
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static JsonObject recoveries(String user, String no) {
        Api.Reply reply = Api.as(user).get("/investigations/" + no + "/recoveries");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static String reversal(String no, long id) {
        return "/investigations/" + no + "/recoveries/" + id + "/reversal";
    }

    private static String decisionPath(String no) {
        return "/investigations/" + no + "/recoveries/irrecoverable/decision";
    }

    private static void assertRefused(int status, String field, Api.Reply reply) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals(field, reply.json().getString("field"), reply::toString);
        assertFalse(reply.body().contains("Exception"), reply::toString);
    }

    private static String person(String name, String enterprise) {
        try (DecisionFixtures people = DecisionFixtures.open()) {
            return people.person(name, enterprise);
        }
    }

    /** The case as if concluded, and last followed up, in the quarter before this one (a new quarter began). */
    private static void lastQuarter(String no) throws SQLException {
        LocalDate earlier = LocalDate.parse(TODAY).minusMonths(3);
        try (Connection db = Database.connect();
             PreparedStatement concluded = db.prepareStatement("UPDATE investigation SET concluded_on = ? WHERE case_no = ?");
             PreparedStatement followed = db.prepareStatement("UPDATE recovery_case SET followed_up_on = ? WHERE investigation_id = "
                     + "(SELECT id FROM investigation WHERE case_no = ?)")) {
            concluded.setObject(1, earlier);
            concluded.setString(2, no);
            concluded.executeUpdate();
            followed.setObject(1, earlier);
            followed.setString(2, no);
            followed.executeUpdate();
        }
    }

    private static Optional<JsonObject> task(String user, String kind, String object) {
        Api.Reply reply = Api.as(user).get("/me/tasks");
        assertEquals(200, reply.status(), reply::toString);
        return reply.parse().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("kind").equals(kind) && t.getString("object").equals(object)).findFirst();
    }

    private static BigDecimal money(JsonObject o, String field) {
        return new BigDecimal(o.getString(field));
    }

    private static BigDecimal sum(Connection db, String sql) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql); ResultSet row = q.executeQuery()) {
            row.next();
            return row.getBigDecimal(1).setScale(2);
        }
    }
}
