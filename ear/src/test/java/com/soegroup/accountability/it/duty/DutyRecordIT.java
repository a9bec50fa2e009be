package com.soegroup.accountability.it.duty;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.DecisionFixtures;
import com.soegroup.accountability.testsupport.DutyFixtures;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.soegroup.accountability.testsupport.Dates.TODAY;
import static com.soegroup.accountability.testsupport.Dates.YEAR;
import static com.soegroup.accountability.testsupport.Dates.daysFromToday;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Duty records of major decisions (重大决策事项履职记录) through the API: LIAISON and OFFICE enter and confirm, a confirmed
 * record refuses changes and keeps its data, a correction is a new version that supersedes it, a person's history
 * spans years and enterprises within the scope, another enterprise's liaison neither reads nor writes.
 */
class DutyRecordIT extends ApplicationIT {

    private static String chair;
    private static String member;
    private static String roadChair;
    private static String lifelong;

    @BeforeAll
    static void people() {
        try (DecisionFixtures db = DecisionFixtures.open()) {
            chair = db.person("履职主持人", "YBJSSJ");
            member = db.person("履职反对者", "YBJSSJ");
            roadChair = db.person("路桥主持人", "YBJSLQ");
            lifelong = db.person("终身追责对象", "YBJSSJ");
        }
    }

    @Test
    void theLiaisonEntersAndConfirmsAndAConfirmedRecordOnlyChangesByACorrection() {
        Api.Reply refused = DutyFixtures.create("leader", DutyFixtures.body("YBJSSJ", TODAY, "为参股企业提供担保", chair, member));
        assertEquals(403, refused.status(), "LEADER reads, never enters: " + refused);
        assertEquals(403, DutyFixtures.create("hr", DutyFixtures.body("YBJSSJ", TODAY, "担保", chair, null)).status());

        Api.Reply noReason = DutyFixtures.create("liaison", DutyFixtures.body("YBJSSJ", TODAY, "担保", chair, member)
                .replace("\"reasons\": \"未经风险评估，担保对象资信不明\"", "\"reasons\": \"\""));
        assertEquals(400, noReason.status(), noReason::toString);
        assertEquals("participants[1].reasons", noReason.json().getString("field"));
        assertTrue(noReason.json().getString("message").contains("履职反对者"), noReason::toString);
        Api.Reply future = DutyFixtures.create("liaison", DutyFixtures.body("YBJSSJ", daysFromToday(3), "担保", chair, member));
        assertEquals(400, future.status(), future::toString);
        assertEquals("meetingDate", future.json().getString("field"));

        Api.Reply created = DutyFixtures.create("liaison", DutyFixtures.body("YBJSSJ", TODAY, "为参股企业提供1200万元担保", chair, member));
        assertEquals(201, created.status(), created::toString);
        JsonObject draft = created.json();
        String no = draft.getString("recordNo");
        assertTrue(no.matches("YBJSSJ-LZ-" + YEAR + "-\\d{4}"), no);
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("12000000.00", draft.getString("amount"));
        assertEquals(List.of("履职主持人", "履职反对者", "外部律师张某"), draft.getJsonArray("participants")
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("name")).toList());

        Api.Reply edited = Api.as("liaison").put("/duty-records/" + no, DutyFixtures.body("YBJSSJ", TODAY,
                "为参股企业提供1200万元连带责任担保", chair, member).replace("}]}", "}], \"version\": " + draft.getInt("version") + "}"));
        assertEquals(200, edited.status(), "a draft is edited in place: " + edited);
        assertEquals("为参股企业提供1200万元连带责任担保", edited.json().getString("matter"));

        Api.Reply confirmed = Api.as("liaison").post("/duty-records/" + no + "/confirmation",
                "{\"version\": " + edited.json().getInt("version") + "}");
        assertEquals(200, confirmed.status(), confirmed::toString);
        assertEquals("CONFIRMED", confirmed.json().getString("status"));
        int version = confirmed.json().getInt("version");

        Api.Reply change = Api.as("office").put("/duty-records/" + no, DutyFixtures.body("YBJSSJ", TODAY, "改写的事项", chair, null)
                .replace("}]}", "}], \"version\": " + version + "}"));
        assertEquals(409, change.status(), "a confirmed record is never changed: " + change);
        assertTrue(change.json().getString("message").contains("更正"), change::toString);
        JsonObject after = Api.as("office").get("/duty-records/" + no).json();
        assertEquals("为参股企业提供1200万元连带责任担保", after.getString("matter"), "nothing changed");
        assertEquals(3, after.getJsonArray("participants").size());
        assertEquals(409, Api.as("liaison").post("/duty-records/" + no + "/confirmation", "{\"version\": " + version + "}").status());

        Api.Reply noWhy = Api.as("liaison").post("/duty-records/" + no + "/corrections", DutyFixtures.body("YBJSSJ", TODAY,
                "为参股企业提供1000万元连带责任担保", chair, member).replace("}]}", "}], \"version\": " + version + "}"));
        assertEquals(400, noWhy.status(), "a correction says why: " + noWhy);
        assertEquals("reason", noWhy.json().getString("field"));
        Api.Reply corrected = Api.as("liaison").post("/duty-records/" + no + "/corrections", DutyFixtures.body("YBJSSJ", TODAY,
                "为参股企业提供1000万元连带责任担保", chair, member).replace("\"amount\": \"12000000.00\"", "\"amount\": \"10000000.00\"")
                .replace("}]}", "}], \"version\": " + version + ", \"reason\": \"金额录入有误，以会议纪要为准\"}"));
        assertEquals(201, corrected.status(), corrected::toString);
        assertEquals(2, corrected.json().getInt("revision"));
        assertEquals("CONFIRMED", corrected.json().getString("status"));
        assertEquals("10000000.00", corrected.json().getString("amount"));
        assertEquals(List.of("SUPERSEDED", "CONFIRMED"), corrected.json().getJsonArray("versions").getValuesAs(JsonObject.class)
                .stream().map(v -> v.getString("status")).toList());
        assertEquals(404, Api.as("auditor").get("/duty-records/" + no).status(), "the auditor's scope (YBNY) does not hold it");
        JsonObject firstAsOffice = Api.as("office").get("/duty-records/" + no + "?revision=1").json();
        assertEquals("12000000.00", firstAsOffice.getString("amount"), "the superseded version is kept as it was");
        assertEquals("SUPERSEDED", firstAsOffice.getString("status"));
        assertEquals("10000000.00", Api.as("leader").get("/duty-records/" + no).json().getString("amount"), "LEADER reads the version in force");
    }

    @Test
    void aPersonsHistorySpansYearsAndEnterprisesWithinTheScope() {
        String lastYear = Integer.toString(YEAR - 1) + "-06-18";
        String ownOld = DutyFixtures.confirmed("office", DutyFixtures.body("YBJSSJ", lastYear, "设计院购置办公楼", lifelong, null));
        String ownNew = DutyFixtures.confirmed("liaison", DutyFixtures.body("YBJSSJ", TODAY, "设计院年度投资计划", member, lifelong));
        String road = DutyFixtures.confirmed("office", DutyFixtures.body("YBJSLQ", TODAY, "路桥公司大额借款", roadChair, lifelong));

        List<String> seenByOffice = numbers("office", "/duty-records?person=" + lifelong + "&size=500");
        assertEquals(List.of(ownNew, road, ownOld).stream().sorted().toList(), seenByOffice.stream().sorted().toList(),
                "the group office sees every decision the person took part in, both years, both enterprises");
        List<String> seenByLiaison = numbers("liaison", "/duty-records?person=" + lifelong + "&size=500");
        assertTrue(seenByLiaison.containsAll(List.of(ownOld, ownNew)), seenByLiaison::toString);
        assertTrue(!seenByLiaison.contains(road), "the design institute's liaison does not see the road company's records");
        assertEquals(List.of(), numbers("auditor", "/duty-records?person=" + lifelong + "&size=500"), "outside the auditor's scope");
        JsonObject roadRow = Api.as("office").get("/duty-records?person=" + lifelong + "&size=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("recordNo").equals(road)).findFirst().orElseThrow();
        assertEquals(List.of("路桥主持人"), roadRow.getJsonArray("presiding").getValuesAs(JsonString::getString));
        assertEquals(List.of("终身追责对象"), roadRow.getJsonArray("dissenting").getValuesAs(JsonString::getString));
        assertEquals(List.of(ownOld), numbers("office", "/duty-records?person=" + lifelong + "&year=" + (YEAR - 1) + "&size=500"));

        assertEquals(404, Api.as("liaison").get("/duty-records/" + road).status(), "another enterprise's record is not found");
        Api.Reply foreign = DutyFixtures.create("liaison", DutyFixtures.body("YBJSLQ", TODAY, "越权录入", roadChair, null));
        assertEquals(400, foreign.status(), "the design institute's liaison keeps no records of the road company: " + foreign);
        assertEquals("enterprise", foreign.json().getString("field"));
        Api.Reply yearBad = Api.as("office").get("/duty-records?year=abc");
        assertEquals(400, yearBad.status(), yearBad::toString);
    }

    private static List<String> numbers(String user, String path) {
        Api.Reply reply = Api.as(user).get(path);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(r -> r.getString("recordNo")).toList();
    }
}
