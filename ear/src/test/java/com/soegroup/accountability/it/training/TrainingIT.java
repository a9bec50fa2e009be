package com.soegroup.accountability.it.training;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.DecisionFixtures;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.soegroup.accountability.testsupport.Dates.TODAY;
import static com.soegroup.accountability.testsupport.Dates.YEAR;
import static com.soegroup.accountability.testsupport.Dates.daysFromToday;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Training records (业务培训) through the API: OFFICE records for an enterprise of its scope, LIAISON only for its
 * own; participants are people of the caller's scope; bad input is refused with the field named and changes nothing;
 * the list filters by organiser and dates; outside the scope is 404.
 */
class TrainingIT extends ApplicationIT {

    private static String designer;
    private static String other;

    @BeforeAll
    static void people() {
        try (DecisionFixtures db = DecisionFixtures.open()) {
            designer = db.person("培训参加人", "YBJSSJ");
            other = db.person("路桥参训人", "YBJSLQ");
        }
    }

    @Test
    void officeAndLiaisonRecordTrainingsWithinTheirReach() {
        long before = total("office", "");
        Api.Reply future = record("office", "YBJS", daysFromToday(3), "2", "\"" + designer + "\"", 0);
        assertEquals(400, future.status(), future::toString);
        assertEquals("heldOn", future.json().getString("field"));
        Api.Reply hours = record("office", "YBJS", TODAY, "0", "\"" + designer + "\"", 0);
        assertEquals(400, hours.status(), hours::toString);
        assertEquals("hours", hours.json().getString("field"));
        Api.Reply nobody = record("office", "YBJS", TODAY, "2", "", 0);
        assertEquals(400, nobody.status(), nobody::toString);
        assertEquals("participants", nobody.json().getString("field"));
        Api.Reply unknown = record("office", "YBJS", TODAY, "2", "\"NO-SUCH-PERSON\"", 0);
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals(403, record("leader", "YBJS", TODAY, "2", "\"" + designer + "\"", 0).status(), "LEADER reads only");
        Api.Reply notOwn = record("liaison", "YBJSLQ", TODAY, "2", "", 5);
        assertEquals(400, notOwn.status(), "a liaison records only its own enterprise's trainings: " + notOwn);
        assertEquals(before, total("office", ""), "nothing kept from refusals");

        Api.Reply recorded = record("office", "YBJS", TODAY, "3.5", "\"" + designer + "\", \"" + other + "\"", 12);
        assertEquals(201, recorded.status(), recorded::toString);
        JsonObject summary = recorded.json().getJsonObject("summary");
        String no = summary.getString("trainingNo");
        assertTrue(no.matches("YBJS-PX-" + YEAR + "-\\d{4}"), no);
        assertEquals("3.5", summary.getString("hours"));
        assertEquals(2, summary.getInt("participants"));
        assertEquals(14, summary.getInt("total"));
        assertEquals(List.of("培训参加人", "路桥参训人"), recorded.json().getJsonArray("participants").getValuesAs(JsonObject.class)
                .stream().map(p -> p.getString("name")).sorted().toList());

        Api.Reply own = record("liaison", "YBJSSJ", daysFromToday(-30), "2", "\"" + designer + "\"", 0);
        assertEquals(201, own.status(), own::toString);
        String ownNo = own.json().getJsonObject("summary").getString("trainingNo");

        assertEquals(200, Api.as("leader").get("/trainings/" + no).status());
        assertEquals(404, Api.as("auditor").get("/trainings/" + no).status(), "outside the auditor's scope");
        assertEquals(404, Api.as("liaison").get("/trainings/" + no).status(), "the group's course is above the liaison's scope");
        assertEquals(200, Api.as("liaison").get("/trainings/" + ownNo).status());
        assertEquals(404, Api.as("office").get("/trainings/nonsense").status());

        List<String> designInstitute = numbers("office", "?enterprise=YBJSSJ&size=500");
        assertTrue(designInstitute.contains(ownNo) && !designInstitute.contains(no), designInstitute::toString);
        List<String> today = numbers("office", "?from=" + TODAY + "&to=" + TODAY + "&size=500");
        assertTrue(today.contains(no) && !today.contains(ownNo), today::toString);
        assertEquals(400, Api.as("office").get("/trainings?from=" + TODAY + "&to=" + daysFromToday(-1)).status());
        assertEquals(400, Api.as("office").get("/trainings?from=yesterday").status());
        assertFalse(numbers("auditor", "?size=500").contains(no));
        assertTrue(Api.as("admin").get("/audit?objectType=TRAINING&objectId=" + no + "&action=CREATE").json().getInt("total") >= 1,
                "recorded in the audit trail");
    }

    private static Api.Reply record(String user, String organiser, String heldOn, String hours, String participants, int external) {
        return Api.as(user).post("/trainings", "{\"course\": \"责任追究业务培训\", \"organiser\": \"" + organiser + "\", \"heldOn\": \""
                + heldOn + "\", \"hours\": \"" + hours + "\", \"participants\": [" + participants + "], "
                + "\"externalParticipants\": " + external + ", \"materials\": \"讲义：违规经营投资责任追究办法解读\"}");
    }

    private static long total(String user, String query) {
        return Api.as(user).get("/trainings" + query).json().getJsonNumber("total").longValue();
    }

    private static List<String> numbers(String user, String query) {
        return Api.as(user).get("/trainings" + query).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("trainingNo")).toList();
    }
}
