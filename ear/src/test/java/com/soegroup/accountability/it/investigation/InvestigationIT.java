package com.soegroup.accountability.it.investigation;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.AuditFixtures;
import com.soegroup.accountability.testsupport.ClueFixtures;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.soegroup.accountability.testsupport.Dates.YEAR;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.assign;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.open;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Investigations through the API on the demo group: opening from accepted clues with gap-free case numbers,
 * the lifecycle by role, the team with recusal declarations, and the recusal matrix (subject, conflicted
 * member, unassigned investigator, out-of-scope office user: 404 everywhere).
 */
class InvestigationIT extends ApplicationIT {

    @Test
    void officeOpensFromAnAcceptedClueAndTheCaseMovesAlongItsLifecycleByRole() {
        String clue = ClueFixtures.accepted("YBJS", "建投公司违规对外借款形成损失");
        String notAccepted = ClueFixtures.checking("YBJS", "建投公司尚在核实的线索");

        Api.Reply refused = open(List.of(notAccepted), List.of("YB000025"));
        assertEquals(422, refused.status(), refused::toString);
        Api.Reply badSubject = open(List.of(clue), List.of("NOSUCH-9"));
        assertEquals(400, badSubject.status(), badSubject::toString);
        assertEquals("subjects[0]", badSubject.json().getString("field"));
        Api.Reply noPlan = Api.as("office").post("/investigations", "{\"clues\": [\"" + clue + "\"], \"subjects\": [\"YB000025\"], \"title\": \"x\"}");
        assertEquals(400, noPlan.status(), noPlan::toString);
        assertEquals("plan", noPlan.json().getString("field"));

        Api.Reply created = open(List.of(clue), List.of("YB000025", "YB000026"));
        assertEquals(201, created.status(), created::toString);
        JsonObject summary = created.json().getJsonObject("summary");
        String no = summary.getString("caseNo");
        assertTrue(no.matches("YBJS-DC-" + YEAR + "-\\d{4}"), no);
        assertEquals("PLANNED", summary.getString("status"));
        assertEquals(List.of(clue), created.json().getJsonArray("clues").getValuesAs(JsonString::getString));
        assertEquals(2, created.json().getJsonArray("subjects").size());
        int serial = Integer.parseInt(no.substring(no.lastIndexOf('-') + 1));
        String next = open(List.of(ClueFixtures.accepted("YBJS", "建投公司第二条线索")), List.of("YB000027")).json()
                .getJsonObject("summary").getString("caseNo");
        assertEquals(serial + 1, Integer.parseInt(next.substring(next.lastIndexOf('-') + 1)), "gap-free after refusals");

        assertEquals(409, open(List.of(clue), List.of("YB000025")).status(), "a clue goes into one investigation");

        Api.Reply noLeader = transition("office", no, 0, "IN_PROGRESS", null);
        assertEquals(422, noLeader.status(), noLeader::toString);

        assertEquals(200, assign(no, "investigator", "LEADER").status());
        JsonObject pending = Api.as("investigator").get("/investigations/" + no).json();
        assertTrue(pending.getBoolean("recusalPending"));
        assertFalse(pending.getJsonObject("summary").containsKey("title"), "nothing of the case before the declaration");
        assertFalse(pending.containsKey("subjects") && !pending.getJsonArray("subjects").isEmpty());
        assertEquals(409, Api.as("investigator").get("/investigations/" + no + "/history").status());
        assertEquals(200, Api.as("investigator").post("/investigations/" + no + "/recusal",
                "{\"conflict\": false, \"statement\": \"本人与本案及被调查人无利害关系\"}").status());
        assertEquals("建投公司违规对外借款形成损失调查", Api.as("investigator").get("/investigations/" + no).json()
                .getJsonObject("summary").getString("title"));

        assertEquals(200, transition("office", no, 0, "IN_PROGRESS", null).status());
        Api.Reply illegal = transition("office", no, 1, "CONCLUDED", null);
        assertEquals(409, illegal.status(), illegal::toString);
        assertEquals("CONFLICT", illegal.json().getString("error"));
        assertEquals(409, transition("office", no, 0, "REPORT_DRAFTED", null).status(), "stale version");
        assertEquals(200, transition("investigator", no, 1, "REPORT_DRAFTED", null).status());
        assertEquals(409, transition("office", no, 2, "REPORT_APPROVED", null).status(), "only LEADER approves");
        assertEquals(400, transition("leader", no, 2, "IN_PROGRESS", null).status(), "sending back needs a reason");
        assertEquals(200, transition("leader", no, 2, "REPORT_APPROVED", null).status());

        List<String> actions = Api.as("office").get("/investigations/" + no + "/history").parse().asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(h -> h.getString("action") + ":" + (h.containsKey("to") ? h.getString("to") : "")).toList();
        assertEquals(List.of("OPENED:PLANNED", "MEMBER_ASSIGNED:", "RECUSAL_DECLARED:", "TRANSITION:IN_PROGRESS",
                "TRANSITION:REPORT_DRAFTED", "TRANSITION:REPORT_APPROVED"), actions);
        JsonObject change = Api.as("admin").get("/audit?objectType=INVESTIGATION&objectId=" + no + "&action=STATE_CHANGE&size=1")
                .json().getJsonArray("items").getJsonObject(0);
        assertEquals("leader", change.getString("user"));
        JsonObject field = change.getJsonArray("changes").getJsonObject(0);
        assertEquals("status", field.getString("field"));
        assertFalse(field.containsKey("newValue") && !field.isNull("newValue"), "ADMIN reads no case content: " + field);
        assertEquals(0, Api.as("auditor").get("/audit?objectType=INVESTIGATION&objectId=" + no).json().getInt("total"),
                "the auditor of YBNY reads nothing of a case of YBJS");
        AuditFixtures.withTheAuditorOfTheWholeGroup(() -> {
            JsonObject audited = Api.as("auditor").get("/audit?objectType=INVESTIGATION&objectId=" + no + "&action=STATE_CHANGE&size=1")
                    .json().getJsonArray("items").getJsonObject(0).getJsonArray("changes").getJsonObject(0);
            assertEquals("REPORT_APPROVED", audited.getString("newValue"), "the group's supervisory board auditor does");
        });

        Api.Reply closeClue = ClueFixtures.transition("office", clue, 2, "{\"to\": \"CLOSED\", \"confirmed\": true}");
        assertEquals(422, closeClue.status(), "the clue stays open while its investigation is not concluded: " + closeClue);
    }

    @Test
    void theRecusalMatrixSubjectConflictedMemberUnassignedInvestigatorAndOutOfScopeOfficeGet404Everywhere() {
        // a group-level case whose subject is the leader himself
        String subjectCase = open(List.of(ClueFixtures.accepted("YBJT", "集团本部对外投资决策程序缺失 RECUSAL-PROBE")), List.of("DEMO-LEADER"))
                .json().getJsonObject("summary").getString("caseNo");
        assertNotVisible("leader", subjectCase, "RECUSAL-PROBE");

        // a member declares a conflict: off the team, and the case is gone for them
        String conflictCase = open(List.of(ClueFixtures.accepted("YBJS", "建投公司工程结算问题 CONFLICT-PROBE")), List.of("YB000030"))
                .json().getJsonObject("summary").getString("caseNo");
        assertEquals(200, assign(conflictCase, "investigator", "MEMBER").status());
        assertTrue(Api.as("investigator").get("/investigations?size=500").body().contains(conflictCase), "listed to sign");
        Api.Reply noStatement = Api.as("investigator").post("/investigations/" + conflictCase + "/recusal", "{\"conflict\": true}");
        assertEquals(400, noStatement.status(), noStatement::toString);
        assertEquals(200, Api.as("investigator").post("/investigations/" + conflictCase + "/recusal",
                "{\"conflict\": true, \"statement\": \"被调查人系本人近亲属\"}").status());
        assertNotVisible("investigator", conflictCase, "CONFLICT-PROBE");
        assertEquals(404, Api.as("investigator").post("/investigations/" + conflictCase + "/recusal", "{\"conflict\": false}").status());
        Api.Reply again = assign(conflictCase, "investigator", "MEMBER");
        assertEquals(422, again.status(), "a conflicted person cannot be put back: " + again);
        JsonObject team = Api.as("office").get("/investigations/" + conflictCase).json().getJsonArray("team").getJsonObject(0);
        assertEquals("CONFLICT", team.getString("recusal"), "the record of the removal stays");

        // an investigator sees only the cases they are assigned to
        String unassigned = open(List.of(ClueFixtures.accepted("YBJS", "建投公司物资采购问题 UNASSIGNED-PROBE")), List.of("YB000031"))
                .json().getJsonObject("summary").getString("caseNo");
        assertNotVisible("investigator", unassigned, "UNASSIGNED-PROBE");

        // the auditor of YBNY and an office user moved to YBNY do not see a YBJS case
        assertNotVisible("auditor", unassigned, "UNASSIGNED-PROBE");
        assertEquals(200, Api.as("admin").put("/scopes/office", "{\"homeEnterprise\": \"YBNY\", \"note\": \"范围测试\"}").status());
        try {
            assertNotVisible("office", unassigned, "UNASSIGNED-PROBE");
            assertEquals(404, transition("office", unassigned, 0, "IN_PROGRESS", null).status());
            assertEquals(404, assign(unassigned, "investigator", "LEADER").status());
        } finally {
            Api.as("admin").delete("/scopes/office");
        }

        // allowed readers see it, and each read is in the audit trail
        assertEquals(200, Api.as("office").get("/investigations/" + unassigned).status());
        assertEquals(200, Api.as("leader").get("/investigations/" + unassigned).status());
        JsonObject read = Api.as("admin").get("/audit?objectType=INVESTIGATION&objectId=" + unassigned + "&action=READ&size=1")
                .json().getJsonArray("items").getJsonObject(0);
        assertEquals("leader", read.getString("user"));
        assertEquals(403, Api.as("hr").get("/investigations").status(), "no case content for HR");
        assertEquals(403, Api.as("admin").get("/investigations").status(), "no case content for ADMIN");
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static void assertNotVisible(String user, String no, String probe) {
        assertEquals(404, Api.as(user).get("/investigations/" + no).status(), user + " by number");
        assertEquals(404, Api.as(user).get("/investigations/" + no + "/history").status(), user + " history");
        assertEquals(404, Api.as(user).get("/investigations/" + no + "/loss").status(), user + " loss");
        assertEquals(404, Api.as(user).get("/investigations/" + no + "/findings").status(), user + " findings");
        assertEquals(404, Api.as(user).download("/investigations/" + no + "/report.pdf").statusCode(), user + " report");
        assertEquals(404, Api.as(user).get("/investigations/" + no + "/report").status(), user + " report text");
        assertFalse(Api.as(user).get("/investigations?size=500").body().contains(no), user + " list");
        assertEquals(0, Api.as(user).get("/investigations?q=" + probe).json().getInt("total"), user + " search");
    }
}
