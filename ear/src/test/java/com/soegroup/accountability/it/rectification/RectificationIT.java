package com.soegroup.accountability.it.rectification;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.ClueFixtures;
import com.soegroup.accountability.testsupport.DecisionFixtures;
import com.soegroup.accountability.testsupport.Multipart;
import com.soegroup.accountability.testsupport.RectificationFixtures;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.soegroup.accountability.testsupport.Dates.TODAY;
import static com.soegroup.accountability.testsupport.Dates.YEAR;
import static com.soegroup.accountability.testsupport.Dates.daysFromToday;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rectification (整改) through the API by role: OFFICE assigns from a concluded case, LIAISON of the owner enterprise
 * submits, OFFICE sends back and verifies, and only then the case's clue closes; LEADER decides extensions; an overdue
 * task becomes a new clue; outside the scope and recused users get 404.
 */
class RectificationIT extends ApplicationIT {

    private static String person;
    private static String otherPerson;

    @BeforeAll
    static void people() {
        try (DecisionFixtures db = DecisionFixtures.open()) {
            person = db.person("整改责任人", "YBJSSJ");
            otherPerson = db.person("路桥责任人", "YBJSLQ");
        }
    }

    @Test
    void aTaskGoesFromTheOfficeThroughTheLiaisonBackToTheOfficeAndOnlyThenTheClueCloses() {
        String[] concluded = RectificationFixtures.concludedCase("YBJSSJ", "设计院违规出借资金（整改全流程）", person);
        String caseNo = concluded[0];
        String clueNo = concluded[1];

        JsonObject draft = Api.as("office").get("/rectifications/draft?caseNo=" + caseNo).json();
        assertEquals("YBJSSJ", draft.getString("enterprise"));
        assertEquals(List.of(clueNo), draft.getJsonArray("clues").getValuesAs(JsonString::getString));

        long before = Api.as("office").get("/rectifications?enterprise=YBJSSJ&size=500").json().getJsonNumber("total").longValue();
        Api.Reply past = RectificationFixtures.create("CONCLUDED_INVESTIGATION", caseNo, "YBJSSJ", person, TODAY);
        assertEquals(400, past.status(), past::toString);
        assertEquals("deadline", past.json().getString("field"));
        assertTrue(past.json().getString("message").contains("晚于今天"), past::toString);
        Api.Reply nobody = RectificationFixtures.create("CONCLUDED_INVESTIGATION", caseNo, "YBJSSJ", "NO-SUCH-PERSON", daysFromToday(30));
        assertEquals(400, nobody.status(), nobody::toString);
        assertEquals("responsible", nobody.json().getString("field"));
        assertEquals(403, Api.as("liaison").post("/rectifications", "{}").status(), "only the office assigns");
        assertEquals(before, Api.as("office").get("/rectifications?enterprise=YBJSSJ&size=500").json().getJsonNumber("total").longValue(),
                "nothing kept from refusals");

        Api.Reply created = RectificationFixtures.create("CONCLUDED_INVESTIGATION", caseNo, "YBJSSJ", person, daysFromToday(30));
        assertEquals(201, created.status(), created::toString);
        String no = created.json().getJsonObject("summary").getString("rectificationNo");
        assertTrue(no.matches("YBJSSJ-ZG-" + YEAR + "-\\d{4}"), no);
        assertEquals("OPEN", created.json().getJsonObject("summary").getString("status"));
        assertEquals(List.of(clueNo), created.json().getJsonArray("clues").getValuesAs(JsonString::getString));

        Api.Reply closing = ClueFixtures.transition("office", clueNo, ClueFixtures.detail(clueNo).getJsonObject("clue").getInt("version"),
                "{\"to\": \"CLOSED\", \"confirmed\": true}");
        assertEquals(422, closing.status(), "a clue with an open rectification does not close: " + closing);
        JsonObject work = Api.as("office").get("/clues/" + clueNo).json().getJsonArray("openWork").getValuesAs(JsonObject.class)
                .stream().filter(w -> w.getString("message").contains(no)).findFirst().orElseThrow();
        assertTrue(work.getString("message").contains("待整改"), work::toString);

        assertTrue(task("liaison", "RECTIFICATION_TO_SUBMIT", no), "the liaison's to-do list has it");
        assertEquals(List.of("SUBMIT", "REQUEST_EXTENSION"), actions("liaison", no));
        assertEquals(List.of(), actions("office", no), "nothing for the office to verify yet");

        Api.Reply exe = submit(no, 0, "说明", "evil.pdf", "MZ-not-a-pdf".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, exe.status(), exe::toString);
        assertEquals("OPEN", detail("liaison", no).getJsonObject("summary").getString("status"), "a refused file changes nothing");
        Api.Reply submitted = submit(no, 0, "已修订《资金管理办法》，经董事会审议通过。", "制度.txt",
                "资金管理办法（修订）".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, submitted.status(), submitted::toString);
        assertEquals("SUBMITTED", submitted.json().getJsonObject("summary").getString("status"));
        JsonObject file = submitted.json().getJsonArray("submissions").getJsonObject(0).getJsonArray("files").getJsonObject(0);
        assertEquals("text/plain;charset=UTF-8", file.getString("contentType"));
        assertEquals("资金管理办法（修订）", new String(Api.as("office").download("/rectifications/" + no + "/files/"
                + file.getInt("id")).body(), StandardCharsets.UTF_8));
        assertTrue(task("office", "RECTIFICATION_TO_VERIFY", no));
        assertFalse(task("liaison", "RECTIFICATION_TO_SUBMIT", no));

        int version = submitted.json().getInt("version");
        Api.Reply noOpinion = Api.as("office").post("/rectifications/" + no + "/verification",
                "{\"result\": \"SENT_BACK\", \"version\": " + version + "}");
        assertEquals(400, noOpinion.status(), noOpinion::toString);
        Api.Reply sentBack = Api.as("office").post("/rectifications/" + no + "/verification",
                "{\"result\": \"SENT_BACK\", \"opinion\": \"缺少董事会决议，请补充\", \"version\": " + version + "}");
        assertEquals(200, sentBack.status(), sentBack::toString);
        assertEquals("OPEN", sentBack.json().getJsonObject("summary").getString("status"));
        assertTrue(task("liaison", "RECTIFICATION_TO_SUBMIT", no), "sent back: the liaison's again");

        Api.Reply again = submit(no, sentBack.json().getInt("version"), "补充董事会决议。", "决议.txt",
                "董事会决议".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, again.status(), again::toString);
        Api.Reply verified = Api.as("office").post("/rectifications/" + no + "/verification",
                "{\"result\": \"VERIFIED\", \"opinion\": \"整改到位\", \"version\": " + again.json().getInt("version") + "}");
        assertEquals(200, verified.status(), verified::toString);
        assertEquals("VERIFIED", verified.json().getJsonObject("summary").getString("status"));
        assertEquals(TODAY, verified.json().getString("verifiedOn"));
        assertEquals(List.of("CREATED", "SUBMITTED", "SENT_BACK", "SUBMITTED", "VERIFIED"),
                verified.json().getJsonArray("history").getValuesAs(JsonObject.class).stream().map(h -> h.getString("action")).toList());
        assertEquals(409, Api.as("office").post("/rectifications/" + no + "/verification",
                "{\"result\": \"VERIFIED\", \"opinion\": \"再次验收\", \"version\": " + verified.json().getInt("version") + "}").status());

        Api.Reply closed = ClueFixtures.transition("office", clueNo, ClueFixtures.detail(clueNo).getJsonObject("clue").getInt("version"),
                "{\"to\": \"CLOSED\", \"confirmed\": true}");
        assertEquals(200, closed.status(), closed::toString);

        JsonObject audited = Api.as("auditor").get("/audit?objectType=RECTIFICATION&objectId=" + no + "&action=STATE_CHANGE").json();
        assertEquals(0, audited.getInt("total"), "the auditor of another enterprise does not see these entries");
        assertTrue(Api.as("admin").get("/audit?objectType=RECTIFICATION&objectId=" + no + "&action=STATE_CHANGE").json()
                .getInt("total") >= 4, "every step is in the audit trail");
    }

    @Test
    void outsideTheScopeAndRecusedUsersGetNotFound() {
        String[] otherEnterprise = RectificationFixtures.concludedCase("YBJSLQ", "路桥公司违规担保（整改范围）", otherPerson);
        Api.Reply created = RectificationFixtures.create("CONCLUDED_INVESTIGATION", otherEnterprise[0], "YBJSLQ", otherPerson,
                daysFromToday(20));
        assertEquals(201, created.status(), created::toString);
        String no = created.json().getJsonObject("summary").getString("rectificationNo");
        assertEquals(200, Api.as("leader").get("/rectifications/" + no).status());
        Api.Reply liaison = Api.as("liaison").get("/rectifications/" + no);
        assertEquals(404, liaison.status(), "another enterprise's task is not found: " + liaison);
        assertEquals(404, Api.as("auditor").get("/rectifications/" + no).status());
        assertEquals(404, Api.as("liaison").get("/rectifications/" + no + "/files/1").status());
        assertFalse(Api.as("liaison").get("/rectifications?size=500").body().contains(no), "nor listed");
        assertEquals(404, Api.as("office").get("/rectifications/YBJT-ZG-" + YEAR + "-9999").status());

        // the liaison (刘芳, DEMO-LIAISON) is a subject of this case: its task is hidden from her like the case
        String[] recused = RectificationFixtures.concludedCase("YBJSSJ", "设计院违规采购（联络员回避）", "DEMO-LIAISON");
        Api.Reply ofHerCase = RectificationFixtures.create("CONCLUDED_INVESTIGATION", recused[0], "YBJSSJ", person, daysFromToday(20));
        assertEquals(201, ofHerCase.status(), ofHerCase::toString);
        String hidden = ofHerCase.json().getJsonObject("summary").getString("rectificationNo");
        assertEquals(404, Api.as("liaison").get("/rectifications/" + hidden).status());
        assertEquals(404, submit(hidden, 0, "本人提交", "a.txt", "x".getBytes(StandardCharsets.UTF_8)).status());
        assertFalse(task("liaison", "RECTIFICATION_TO_SUBMIT", hidden));
        assertFalse(Api.as("liaison").get("/rectifications?size=500").body().contains(hidden));
    }

    @Test
    void theLeaderApprovesOrRefusesAnExtensionAndOnlyAnApprovedOneMovesTheDeadline() {
        Api.Reply created = RectificationFixtures.create("REGULATOR_REQUEST", "示范市国资委督办函〔" + YEAR + "〕12号", "YBJSSJ",
                person, daysFromToday(10));
        assertEquals(201, created.status(), created::toString);
        String no = created.json().getJsonObject("summary").getString("rectificationNo");
        String deadline = daysFromToday(10);

        Api.Reply notLater = Api.as("liaison").post("/rectifications/" + no + "/extension",
                "{\"reason\": \"需要董事会审议\", \"deadline\": \"" + daysFromToday(5) + "\", \"version\": 0}");
        assertEquals(400, notLater.status(), notLater::toString);
        Api.Reply requested = Api.as("liaison").post("/rectifications/" + no + "/extension",
                "{\"reason\": \"制度修订须经董事会审议，下次会议在下月\", \"deadline\": \"" + daysFromToday(40) + "\", \"version\": 0}");
        assertEquals(201, requested.status(), requested::toString);
        assertEquals(deadline, requested.json().getJsonObject("summary").getString("deadline"), "not moved before approval");
        assertEquals(409, Api.as("liaison").post("/rectifications/" + no + "/extension",
                "{\"reason\": \"再申请\", \"deadline\": \"" + daysFromToday(50) + "\", \"version\": 0}").status(), "one at a time");
        assertTrue(task("leader", "RECTIFICATION_EXTENSION", no));
        assertEquals(403, Api.as("office").post("/rectifications/" + no + "/extension/decision",
                "{\"result\": \"APPROVED\", \"opinion\": \"同意\", \"version\": 0}").status(), "only LEADER decides");

        Api.Reply approved = Api.as("leader").post("/rectifications/" + no + "/extension/decision",
                "{\"result\": \"APPROVED\", \"opinion\": \"同意延期至董事会审议后\", \"version\": 0}");
        assertEquals(200, approved.status(), approved::toString);
        assertEquals(daysFromToday(40), approved.json().getJsonObject("summary").getString("deadline"));
        assertEquals(deadline, approved.json().getString("originalDeadline"));
        assertFalse(task("leader", "RECTIFICATION_EXTENSION", no));

        Api.Reply second = Api.as("liaison").post("/rectifications/" + no + "/extension",
                "{\"reason\": \"再延一个月\", \"deadline\": \"" + daysFromToday(70) + "\", \"version\": "
                        + approved.json().getInt("version") + "}");
        assertEquals(201, second.status(), second::toString);
        Api.Reply refused = Api.as("leader").post("/rectifications/" + no + "/extension/decision",
                "{\"result\": \"REFUSED\", \"opinion\": \"不同意再次延期\", \"version\": " + second.json().getInt("version") + "}");
        assertEquals(200, refused.status(), refused::toString);
        assertEquals(daysFromToday(40), refused.json().getJsonObject("summary").getString("deadline"), "a refusal keeps the deadline");
        assertEquals(List.of("APPROVED", "REFUSED"), refused.json().getJsonArray("extensions").getValuesAs(JsonObject.class)
                .stream().map(x -> x.getString("status")).toList());
        assertEquals(409, Api.as("leader").post("/rectifications/" + no + "/extension/decision",
                "{\"result\": \"APPROVED\", \"opinion\": \"同意\", \"version\": " + refused.json().getInt("version") + "}").status(),
                "nothing waits");
    }

    @Test
    void anOverdueTaskBecomesANewClueAboutTheResponsiblePersonInOneStep() {
        Api.Reply created = RectificationFixtures.create("SELF_INSPECTION", "2026年度违规经营投资自查第3项", "YBJSSJ", person,
                daysFromToday(15));
        assertEquals(201, created.status(), created::toString);
        String no = created.json().getJsonObject("summary").getString("rectificationNo");
        Api.Reply early = Api.as("office").post("/rectifications/" + no + "/clue", "{\"summary\": \"拖延整改\", \"version\": 0}");
        assertEquals(409, early.status(), "not overdue yet: " + early);
        assertTrue(early.json().getString("message").contains("尚未逾期"), early::toString);

        RectificationFixtures.pastDeadline(no, 10);
        JsonObject overdue = detail("office", no).getJsonObject("summary");
        assertTrue(overdue.getBoolean("overdue"));
        assertTrue(overdue.getInt("workingDaysLate") >= 6, overdue::toString);
        assertTrue(task("office", "RECTIFICATION_OVERDUE", no));
        assertTrue(Api.as("office").get("/rectifications?overdue=true&size=500").body().contains(no));
        assertTrue(actions("office", no).contains("MAKE_CLUE"));

        Api.Reply clue = Api.as("office").post("/rectifications/" + no + "/clue",
                "{\"summary\": \"整改任务 " + no + " 逾期未整改，涉嫌拒不整改（第七条第五项）\", \"version\": " + detail("office", no).getInt("version") + "}");
        assertEquals(201, clue.status(), clue::toString);
        String ledgerNo = clue.json().getJsonObject("summary").getString("clueLedgerNo");
        assertTrue(ledgerNo.matches("YBJSSJ-XS-" + YEAR + "-\\d{4}"), ledgerNo);
        JsonObject registered = ClueFixtures.detail(ledgerNo);
        assertEquals("SELF_INSPECTION", registered.getJsonObject("clue").getString("source"));
        assertTrue(registered.getJsonObject("clue").getString("summary").contains(no), "the clue names the task");
        assertEquals(person, registered.getJsonArray("persons").getJsonObject(0).getString("employeeNo"));
        assertEquals("BECAME_CLUE", last(clue.json().getJsonArray("history").getValuesAs(JsonObject.class)).getString("action"));
        assertNotEquals(-1, last(clue.json().getJsonArray("history").getValuesAs(JsonObject.class)).getString("details").indexOf(ledgerNo));
        assertEquals(409, Api.as("office").post("/rectifications/" + no + "/clue",
                "{\"summary\": \"再次\", \"version\": " + clue.json().getInt("version") + "}").status(), "once");
    }

    private static Api.Reply submit(String no, int version, String text, String fileName, byte[] content) {
        Multipart form = new Multipart().field("text", text).field("version", Integer.toString(version))
                .file("file", fileName, "application/octet-stream", content);
        return Api.as("liaison").post("/rectifications/" + no + "/submissions", form.contentType(), form.bytes());
    }

    private static JsonObject detail(String user, String no) {
        return Api.as(user).get("/rectifications/" + no).json();
    }

    private static List<String> actions(String user, String no) {
        return detail(user, no).getJsonArray("actions").getValuesAs(JsonString::getString);
    }

    private static boolean task(String user, String kind, String no) {
        return Api.as(user).get("/me/tasks").parse().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getString("kind").equals(kind) && t.getString("object").equals(no));
    }

    private static JsonObject last(List<JsonObject> list) {
        return list.get(list.size() - 1);
    }
}
