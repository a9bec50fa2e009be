package com.soegroup.accountability.it.org;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.soegroup.accountability.testsupport.OrgFixtures.enterpriseCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data scope matrix on the demo group: a subsidiary's liaison reaches nothing of its parent or siblings,
 * by list, search or id (404, never 403, so nothing leaks); the office at HQ sees the whole tree; ADMIN's
 * override applies from the user's next request.
 */
class ScopeIT extends ApplicationIT {

    private static final Set<String> WHOLE_GROUP = Set.of("YBJT", "YBJS", "YBJSSJ", "YBJSLQ", "YBJSWY", "YBNY", "YBNYRQ",
            "YBNYXN", "YBJR", "YBJRDB", "YBJRZL", "YBWL", "YBWT", "YBWTJD", "YBSW");

    @Test
    void theOfficeAtHeadquartersSeesTheWholeTree() {
        Set<String> codes = enterpriseCodes("office");

        assertTrue(codes.containsAll(WHOLE_GROUP), codes::toString);
        assertTrue(Api.as("office").get("/people?size=1").json().getInt("total") >= 199);
    }

    @Test
    void aLiaisonSeesOnlyItsOwnEnterprise() {
        assertEquals(Set.of("YBJSSJ"), enterpriseCodes("liaison"));
        assertEquals(Set.of("YBJS", "YBJSSJ", "YBJSLQ", "YBJSWY"), enterpriseCodes("investigator"),
                "the investigator at YBJS sees YBJS and what is below it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"YBJS", "YBJT", "YBNY", "YBJSLQ", "NOSUCH"})
    void aLiaisonGets404ForTheParentASiblingAndAnotherBranchAsForWhatDoesNotExist(String code) {
        Api.Reply reply = Api.as("liaison").get("/enterprises/" + code);

        assertEquals(404, reply.status(), reply::toString);
        assertEquals("NOT_FOUND", reply.json().getString("error"));
    }

    @Test
    void aLiaisonCannotReachPeopleOutsideItsScopeByListSearchOrId() {
        List<JsonObject> outside = Api.as("office").get("/people?enterprise=YBJS&subsidiaries=false&size=5")
                .json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertFalse(outside.isEmpty());

        for (JsonObject person : outside) {
            String no = person.getString("employeeNo");
            assertEquals(404, Api.as("liaison").get("/people/" + no).status(), no);
            JsonObject search = Api.as("liaison").get("/people?q=" + no).json();
            assertEquals(0, search.getInt("total"), () -> no + " found by search: " + search);
        }
        assertEquals(404, Api.as("liaison").get("/people?enterprise=YBJS").status());
        assertEquals(404, Api.as("liaison").get("/people?enterprise=YBNY").status());

        JsonObject own = Api.as("liaison").get("/people?size=500").json();
        Set<String> enterprises = own.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("enterprise")).collect(Collectors.toSet());
        assertEquals(Set.of("YBJSSJ"), enterprises);
        assertEquals(Api.as("office").get("/people?enterprise=YBJSSJ&size=1").json().getInt("total"), own.getInt("total"));
    }

    @Test
    void adminsOverrideAndGrantsApplyFromTheUsersNextRequest() {
        try {
            Api.Reply moved = Api.as("admin").put("/scopes/liaison", "{\"homeEnterprise\": \"YBNY\", \"note\": \"借调能源公司\"}");
            assertEquals(200, moved.status(), moved::toString);
            assertEquals(Set.of("YBNY", "YBNYRQ", "YBNYXN"), enterpriseCodes("liaison"));
            assertEquals(404, Api.as("liaison").get("/enterprises/YBJSSJ").status(), "the old home is out of scope now");
            assertEquals("YBNY", Api.as("liaison").get("/me/scope").json().getString("homeEnterprise"));

            int version = moved.json().getInt("version");
            Api.Reply granted = Api.as("admin").put("/scopes/liaison",
                    "{\"homeEnterprise\": null, \"grants\": [\"YBWT\"], \"version\": " + version + "}");
            assertEquals(200, granted.status(), granted::toString);
            assertEquals(Set.of("YBJSSJ", "YBWT", "YBWTJD"), enterpriseCodes("liaison"),
                    "no override of the home: the directory's YBJSSJ again, plus the grant");

            Api.Reply stale = Api.as("admin").put("/scopes/liaison",
                    "{\"homeEnterprise\": \"YBJT\", \"version\": " + version + "}");
            assertEquals(409, stale.status(), stale::toString);
            assertEquals(Set.of("YBJSSJ", "YBWT", "YBWTJD"), enterpriseCodes("liaison"), "a stale save changes nothing");
        } finally {
            Api.as("admin").delete("/scopes/liaison");
        }
        assertEquals(Set.of("YBJSSJ"), enterpriseCodes("liaison"));
        assertEquals(404, Api.as("admin").get("/scopes/liaison").status());
    }

    @Test
    void overridesAreForAdminOnlyAndNameOnlyEnterprisesInAdminsScope() {
        assertEquals(403, Api.as("office").put("/scopes/liaison", "{\"homeEnterprise\": \"YBJT\"}").status());
        assertEquals(403, Api.as("office").get("/scopes").status());

        Api.Reply unknown = Api.as("admin").put("/scopes/liaison", "{\"homeEnterprise\": \"NOSUCH\"}");
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals("homeEnterprise", unknown.json().getString("field"));
        assertEquals(404, Api.as("admin").get("/scopes/liaison").status(), "nothing was saved");
    }

    @Test
    void eachDemoAccountIsLinkedToItsPerson() {
        JsonObject scope = Api.as("liaison").get("/me/scope").json();

        assertEquals("DEMO-LIAISON", scope.getString("employeeNo"));
        assertEquals("YBJSSJ", scope.getString("homeEnterprise"));
        assertEquals(List.of("YBJSSJ"), scope.getJsonArray("roots").getValuesAs(JsonString::getString));
        for (String user : List.of("office", "leader", "investigator", "hr", "auditor", "admin")) {
            assertEquals("DEMO-" + user.toUpperCase(), Api.as(user).get("/me/scope").json().getString("employeeNo"));
        }
    }

    @Test
    void payIsShownOnlyToHrOfficeAndLeader() {
        for (String user : List.of("hr", "office", "leader")) {
            JsonObject detail = Api.as(user).get("/people/DEMO-LIAISON").json();
            JsonArray pay = detail.getJsonArray("pay");
            assertEquals(3, pay.size(), () -> user + ": " + detail);
            assertTrue(pay.getJsonObject(0).getString("performanceSalary").matches("\\d+\\.\\d{2}"), pay::toString);
            assertEquals(200, Api.as(user).get("/people/DEMO-LIAISON/pay").status());
        }
        // the auditor's scope is YBNY: it reads a person there
        for (String[] reader : new String[][]{{"admin", "DEMO-LIAISON"}, {"investigator", "DEMO-LIAISON"},
                {"liaison", "DEMO-LIAISON"}, {"auditor", "DEMO-AUDITOR"}}) {
            Api.Reply detail = Api.as(reader[0]).get("/people/" + reader[1]);
            assertEquals(200, detail.status(), () -> reader[0] + ": " + detail);
            assertEquals(JsonValue.NULL, detail.json().get("pay"), () -> reader[0] + ": " + detail);
            assertEquals(403, Api.as(reader[0]).get("/people/" + reader[1] + "/pay").status(), reader[0]);
        }
    }
}
