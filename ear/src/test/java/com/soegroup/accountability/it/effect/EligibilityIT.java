package com.soegroup.accountability.it.effect;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.DecisionFixtures;
import com.soegroup.accountability.testsupport.DecisionFixtures.Inserted;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * api.md "HR": promotion eligibility from the decisions of a person (rules.md §8), one person or a list, within
 * the caller's scope, never with case facts. Decisions are written by SQL until they can be made through the API.
 */
class EligibilityIT extends ApplicationIT {

    private static DecisionFixtures fixtures;

    @BeforeAll
    static void open() {
        fixtures = DecisionFixtures.open();
    }

    @AfterAll
    static void close() {
        fixtures.close();
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static JsonObject eligibility(String user, String employeeNo, String date) {
        Api.Reply reply = Api.as(user).get("/people/" + employeeNo + "/promotion-eligibility?date=" + date);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static List<String> restrictions(JsonObject answer) {
        return answer.getJsonArray("restrictions").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("kind") + " " + r.getString("decisionNo") + " " + text(r, "from") + ".." + text(r, "eligibleFrom"))
                .toList();
    }

    private static String text(JsonObject o, String name) {
        return o.isNull(name) ? "null" : o.getString(name);
    }

    private static Api.Reply list(String user, String date, String... employeeNos) {
        JsonArrayBuilder numbers = Json.createArrayBuilder();
        for (String number : employeeNos) {
            numbers.add(number);
        }
        return Api.as(user).post("/people/promotion-eligibility",
                Json.createObjectBuilder().add("date", date).add("employeeNos", numbers).build().toString());
    }

    @Test
    void theApiExampleAnswersAsWrittenWithTheDecisionNumber() {
        String person = fixtures.person("王示例", "YBJS");
        Inserted d = fixtures.decision(person).measures("ADMONISHMENT,BAN").banYears(5).servedOn("2026-01-10").insert();
        JsonObject expected = parse("""
                {"eligibleForPromotion": false, "eligibleForAnyPost": true, "eligibleForSeniorManagement": false,
                 "restrictions": [{"kind": "NO_PROMOTION", "source": "ADMONISHMENT", "from": "2026-01-10", "eligibleFrom": "2026-07-10", "decisionNo": "%1$s"},
                                  {"kind": "SOE_BAN", "source": "BAN", "from": "2026-01-10", "eligibleFrom": "2031-01-10", "decisionNo": "%1$s"}]}
                """.formatted(d.decisionNo()));

        for (String user : List.of("hr", "office", "leader")) {
            assertEquals(expected, eligibility(user, person, "2026-05-01"), user);
        }
        Api.Reply listed = list("hr", "2026-05-01", person);
        assertEquals(200, listed.status(), listed::toString);
        assertEquals("2026-05-01", listed.json().getString("date"));
        JsonObject entry = listed.json().getJsonArray("results").getJsonObject(0);
        assertEquals(person, entry.getString("employeeNo"));
        assertTrue(entry.getBoolean("found"));
        JsonObject withoutKey = Json.createObjectBuilder(entry).remove("employeeNo").remove("found").build();
        assertEquals(expected, withoutKey);
        for (String user : List.of("investigator", "auditor", "liaison", "admin")) {
            assertEquals(403, Api.as(user).get("/people/" + person + "/promotion-eligibility?date=2026-05-01").status(), user);
            assertEquals(403, list(user, "2026-05-01", person).status(), user);
        }
    }

    @Test
    void monthEndAndLeapDay() {
        String monthEnd = fixtures.person("李月末", "YBJS");
        Inserted admonished = fixtures.decision(monthEnd).measures("ADMONISHMENT").servedOn("2026-08-31").insert();
        String leap = fixtures.person("张闰日", "YBJS");
        Inserted moved = fixtures.decision(leap).measures("NON_LEADERSHIP_POST").servedOn("2028-02-29").insert();

        assertEquals(List.of("NO_PROMOTION " + admonished.decisionNo() + " 2026-08-31..2027-02-28"),
                restrictions(eligibility("hr", monthEnd, "2027-02-27")));
        assertTrue(eligibility("hr", monthEnd, "2027-02-28").getBoolean("eligibleForPromotion"));
        assertEquals(List.of("NO_PROMOTION " + moved.decisionNo() + " 2028-02-29..2029-02-28"),
                restrictions(eligibility("hr", leap, "2029-02-27")));
        assertTrue(eligibility("hr", leap, "2029-02-28").getBoolean("eligibleForPromotion"));
        assertFalse(eligibility("hr", leap, "2028-02-29").getBoolean("eligibleForPromotion"));
        assertTrue(eligibility("hr", leap, "2028-02-28").getBoolean("eligibleForPromotion"), "nothing before it was served");
    }

    @Test
    void aLifeBanNeverEndsAndBarsSeniorPostsOnly() {
        String person = fixtures.person("赵终身", "YBJSSJ");
        Inserted ban = fixtures.decision(person).measures("BAN").lifeBan().servedOn("2026-01-10").insert();

        JsonObject answer = eligibility("hr", person, "2090-12-31");

        assertTrue(answer.getBoolean("eligibleForPromotion"));
        assertTrue(answer.getBoolean("eligibleForAnyPost"));
        assertFalse(answer.getBoolean("eligibleForSeniorManagement"));
        JsonObject restriction = answer.getJsonArray("restrictions").getJsonObject(0);
        assertEquals(JsonValue.NULL, restriction.get("eligibleFrom"), "written as null, not left out");
        assertEquals(List.of("SOE_BAN " + ban.decisionNo() + " 2026-01-10..null"), restrictions(answer));
    }

    @Test
    void twoOverlappingDecisionsTheLaterEndWinsAndOnlyEffectiveDecisionsCount() {
        String person = fixtures.person("钱重叠", "YBJS");
        Inserted demotion = fixtures.decision(person).measures("DEMOTION").servedOn("2026-01-10").insert();
        Inserted transfer = fixtures.decision(person).measures("TRANSFER").servedOn("2027-06-01").status("EXECUTED").insert();
        fixtures.decision(person).measures("DISMISSAL").servedOn("2027-01-01").status("APPROVED").insert();

        assertEquals(List.of("NO_PROMOTION " + demotion.decisionNo() + " 2026-01-10..2028-01-10",
                        "NO_PROMOTION " + transfer.decisionNo() + " 2027-06-01..2028-06-01"),
                restrictions(eligibility("hr", person, "2027-12-31")));
        JsonObject later = eligibility("hr", person, "2028-01-10");
        assertFalse(later.getBoolean("eligibleForPromotion"), "the transfer's year still runs");
        assertTrue(later.getBoolean("eligibleForAnyPost"), "the approved dismissal was never served: no effect");
        assertEquals(List.of("NO_PROMOTION " + transfer.decisionNo() + " 2027-06-01..2028-06-01"), restrictions(later));
        assertTrue(eligibility("hr", person, "2028-06-01").getBoolean("eligibleForPromotion"));
    }

    @Test
    void anAppealThatChangesADemotionIntoAnAdmonishmentShortensTheRestrictionFromTheAppealDate() {
        String person = fixtures.person("孙申诉", "YBJS");
        Inserted demotion = fixtures.decision(person).measures("DEMOTION").servedOn("2026-01-10").insert();
        Inserted admonishment = fixtures.changeOnAppeal(demotion, "2026-05-01", "ADMONISHMENT");

        assertEquals(List.of("NO_PROMOTION " + demotion.decisionNo() + " 2026-01-10..2026-05-01"),
                restrictions(eligibility("hr", person, "2026-04-30")), "history before the appeal's result is kept");
        assertEquals(List.of("NO_PROMOTION " + admonishment.decisionNo() + " 2026-05-01..2026-07-10"),
                restrictions(eligibility("hr", person, "2026-05-01")), "six months from the original start, from the result date");
        assertTrue(eligibility("hr", person, "2026-07-10").getBoolean("eligibleForPromotion"),
                "not barred until 2028-01-10 as the demotion would have");
    }

    @Test
    void disciplinaryPeriodsNameTheirDecisionAndTheLongerOneGoverns() {
        String person = fixtures.person("周纪律", "YBJS");
        Inserted criticised = fixtures.decision(person).measures("CIRCULATED_CRITICISM").servedOn("2026-01-10").insert();
        fixtures.disciplinary(criticised, "2026-02-01", "2027-02-01");
        fixtures.disciplinary(criticised, "2026-03-01", "2026-09-01");

        JsonObject answer = eligibility("hr", person, "2026-10-01");

        assertFalse(answer.getBoolean("eligibleForPromotion"));
        assertEquals(List.of("DISCIPLINARY " + criticised.decisionNo() + " 2026-02-01..2027-02-01"), restrictions(answer));
        assertEquals(JsonValue.NULL, answer.getJsonArray("restrictions").getJsonObject(0).get("source"));
        assertEquals(2, eligibility("hr", person, "2026-05-01").getJsonArray("restrictions").size());
        assertTrue(eligibility("hr", person, "2027-02-01").getBoolean("eligibleForPromotion"));
    }

    @Test
    void aListIsAnsweredInOrderWithDuplicatesAndNotFoundLinesForUnknownAndOutOfScope() throws Exception {
        String inScope = fixtures.person("吴建投", "YBJS");
        fixtures.decision(inScope).measures("DEMOTION").servedOn("2026-01-10").insert();
        String below = fixtures.person("郑设计", "YBJSSJ");
        String elsewhere = fixtures.person("冯能源", "YBNY");
        fixtures.decision(elsewhere).measures("DISMISSAL").servedOn("2026-01-10").insert();
        long auditBefore = auditEntries("PROMOTION_ELIGIBILITY_LIST");

        Api.Reply reply = list("hr2", "2026-06-01", inScope, "NO-SUCH-PERSON", elsewhere, inScope, below);

        assertEquals(200, reply.status(), reply::toString);
        List<JsonObject> results = reply.json().getJsonArray("results").getValuesAs(JsonObject.class);
        assertEquals(List.of(inScope, "NO-SUCH-PERSON", elsewhere, inScope, below),
                results.stream().map(r -> r.getString("employeeNo")).toList());
        assertEquals(List.of(true, false, false, true, true), results.stream().map(r -> r.getBoolean("found")).toList());
        assertEquals(results.get(0), results.get(3));
        assertFalse(results.get(0).getBoolean("eligibleForPromotion"));
        assertTrue(results.get(4).getBoolean("eligibleForPromotion"));
        JsonObject notFound = Json.createObjectBuilder().add("employeeNo", elsewhere).add("found", false)
                .add("error", "NOT_FOUND").build();
        assertEquals(notFound, results.get(2), "out of scope: exactly like unknown, nothing of the data");
        assertEquals(Json.createObjectBuilder(notFound).add("employeeNo", "NO-SUCH-PERSON").build(), results.get(1));
        assertEquals(auditBefore + 1, auditEntries("PROMOTION_ELIGIBILITY_LIST"), "one audit entry for the list");

        // the group's HR sees the other subsidiary's person
        assertTrue(list("hr", "2026-06-01", elsewhere).json().getJsonArray("results").getJsonObject(0).getBoolean("found"));
        assertFalse(eligibility("hr", elsewhere, "2026-06-01").getBoolean("eligibleForAnyPost"));
    }

    @Test
    void hrOfASubsidiaryGets404ForAPersonOfAnotherExactlyAsForAnUnknownOne() {
        String elsewhere = fixtures.person("陈能源", "YBNY");
        fixtures.decision(elsewhere).measures("DEMOTION").servedOn("2026-01-10").insert();

        Api.Reply outside = Api.as("hr2").get("/people/" + elsewhere + "/promotion-eligibility?date=2026-06-01");
        Api.Reply unknown = Api.as("hr2").get("/people/NO-SUCH-PERSON/promotion-eligibility?date=2026-06-01");

        assertEquals(404, outside.status(), outside::toString);
        assertEquals("NOT_FOUND", outside.json().getString("error"));
        assertEquals(unknown.status(), outside.status());
        assertEquals(unknown.body(), outside.body());
    }

    @Test
    void limitsAndBadInputAre400NamingTheField() {
        String person = fixtures.person("林边界", "YBJS");
        List<String> tenThousand = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            tenThousand.add(i % 2 == 0 ? person : "X" + i);
        }
        Api.Reply full = list("hr", "2026-06-01", tenThousand.toArray(String[]::new));
        assertEquals(200, full.status(), () -> full.body().substring(0, Math.min(300, full.body().length())));
        assertEquals(10_000, full.json().getJsonArray("results").size());
        tenThousand.add(person);
        Api.Reply tooMany = list("hr", "2026-06-01", tenThousand.toArray(String[]::new));
        assertEquals(400, tooMany.status(), tooMany::toString);
        assertEquals("employeeNos", tooMany.json().getString("field"));
        assertTrue(tooMany.json().getString("message").contains("10000"), tooMany::toString);

        Api.Reply empty = list("hr", "2026-06-01");
        assertEquals(400, empty.status());
        assertEquals("employeeNos", empty.json().getString("field"));
        Api.Reply missing = Api.as("hr").post("/people/promotion-eligibility", "{\"date\": \"2026-06-01\"}");
        assertEquals("employeeNos", missing.json().getString("field"), missing::toString);
        Api.Reply notText = Api.as("hr").post("/people/promotion-eligibility", "{\"employeeNos\": [\"A\", 7]}");
        assertEquals("employeeNos[1]", notText.json().getString("field"), notText::toString);
        Api.Reply badDate = list("hr", "2026-02-30", person);
        assertEquals(400, badDate.status(), badDate::toString);
        assertEquals("date", badDate.json().getString("field"));
        Api.Reply badQuery = Api.as("hr").get("/people/" + person + "/promotion-eligibility?date=30.06.2026");
        assertEquals(400, badQuery.status(), badQuery::toString);
        assertEquals("date", badQuery.json().getString("field"));
        assertTrue(Api.as("hr").get("/people/" + person + "/promotion-eligibility").json().getBoolean("eligibleForPromotion"),
                "the date defaults to today");
    }

    @Test
    void hrNeverReadsCaseFacts() {
        String person = fixtures.person("何事实", "YBJS");
        Inserted d = fixtures.decision(person).measures("DISMISSAL,BAN").banYears(6).servedOn("2026-01-10").insert();
        fixtures.disciplinary(d, "2026-02-01", "2027-02-01");

        List<String> bodies = List.of(
                Api.as("hr").get("/people/" + person + "/promotion-eligibility?date=2026-06-01").body(),
                list("hr", "2026-06-01", person).body(),
                Api.as("hr").get("/bans?activeOn=2026-06-01").body());

        Set<String> allowed = Set.of("eligibleForPromotion", "eligibleForAnyPost", "eligibleForSeniorManagement",
                "restrictions", "kind", "source", "from", "eligibleFrom", "decisionNo", "date", "results", "employeeNo",
                "found", "error", "activeOn", "bans", "name", "idHash", "enterprise", "enterpriseName", "until", "legalBasis");
        for (String body : bodies) {
            assertFalse(body.contains(DecisionFixtures.FACTS), body);
            assertFalse(body.contains("EFFECT-CASE"), "no case number: " + body);
            Set<String> keys = new TreeSet<>();
            keys(Json.createReader(new StringReader(body)).read(), keys);
            assertTrue(allowed.containsAll(keys), "unexpected fields " + keys);
            assertFalse(keys.contains("facts") || keys.contains("caseNo") || keys.contains("loss")
                    || keys.contains("responsibility"), keys::toString);
        }
    }

    private static void keys(JsonValue value, Set<String> into) {
        if (value instanceof JsonObject object) {
            object.forEach((key, child) -> {
                into.add(key);
                keys(child, into);
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(child -> keys(child, into));
        }
    }

    private static long auditEntries(String objectType) throws Exception {
        try (Connection db = Database.connect(); Statement sql = db.createStatement();
             ResultSet count = sql.executeQuery("SELECT count(*) FROM audit_entry WHERE object_type = '" + objectType + "'")) {
            count.next();
            return count.getLong(1);
        }
    }
}
