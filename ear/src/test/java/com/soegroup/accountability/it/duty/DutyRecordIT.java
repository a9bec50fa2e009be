package com.soegroup.accountability.it.duty;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.DecisionFixtures;
import com.soegroup.accountability.testsupport.DutyFixtures;
import com.soegroup.accountability.testsupport.InvestigationFixtures;
import com.soegroup.accountability.testsupport.Multipart;
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

    @Test
    void anImportWithAWrongRowSavesNothingAndNamesTheRowAndColumn() {
        String header = "\uFEFF记录序号,企业编码,事项类别,会议类型,会议日期,会议编号,决策事项,金额（元）,合法性审查,风险评估,专家论证,员工编号,姓名,身份,意见,理由\r\n";
        String good = "1,YBJSSJ,大额资金运作,党委会," + (YEAR - 1) + "-03-18,第5次党委会,导入的担保事项,12000000,是,否,否," + chair + ",,主持,同意,\r\n"
                + "1,,,,,,,,,,,,外部律师（导入）,列席,,\r\n"
                + "2,YBJSSJ,重要人事任免,总经理办公会," + (YEAR - 1) + "-04-02,,导入的任免事项,,否,否,否," + member + ",,主持,同意,\r\n";
        String bad = good + "3,YBJSSJ,大额资金运作,董事会,2026/13/45,,日期写错的事项,,否,否,否," + member + ",,主持,同意,\r\n"
                + "4,YBJSSJ,重大决策,党委会," + (YEAR - 1) + "-05-06,,反对无理由的事项,,否,否,否," + chair + ",,主持,反对,\r\n";
        long before = total();
        Api.Reply refused = upload("liaison", header + bad);
        assertEquals(400, refused.status(), refused::toString);
        List<JsonObject> rows = refused.json().getJsonArray("rows").getValuesAs(JsonObject.class);
        assertEquals(List.of(5, 6), rows.stream().map(r -> r.getInt("row")).toList(), refused::toString);
        assertEquals("会议日期", rows.get(0).getString("column"));
        assertTrue(rows.get(0).getString("reason").contains("第5行"), rows.get(0)::toString);
        assertEquals("理由", rows.get(1).getString("column"));
        assertEquals(before, total(), "a file with a wrong row saves nothing");

        Api.Reply imported = upload("liaison", header + good);
        assertEquals(201, imported.status(), imported::toString);
        List<String> numbers = imported.json().getJsonArray("recordNos").getValuesAs(JsonString::getString);
        assertEquals(2, numbers.size());
        JsonObject first = Api.as("liaison").get("/duty-records/" + numbers.get(0)).json();
        assertEquals("DRAFT", first.getString("status"), "imported records are drafts to check and confirm");
        assertEquals(2, first.getJsonArray("participants").size());
        assertEquals(before + 2, total());
        assertEquals(403, upload("leader", header + good).status());
    }

    @Test
    void aFindingLinksARecordOfItsSubjectAsTheEvidenceOfAnM24Circumstance() {
        String subject;
        try (DecisionFixtures db = DecisionFixtures.open()) {
            subject = db.person("关联履职对象", "YBJSSJ");
        }
        String own = DutyFixtures.confirmed("liaison", DutyFixtures.body("YBJSSJ", TODAY, "设计院违规对外借款决策", subject, member));
        String other = DutyFixtures.confirmed("liaison", DutyFixtures.body("YBJSSJ", TODAY, "与本人无关的决策", chair, null));
        String no = InvestigationFixtures.opened("YBJSSJ", "设计院违规对外借款（关联履职记录）", subject);
        assertEquals(200, InvestigationFixtures.assign(no, "investigator", "LEADER").status());
        assertEquals(200, Api.as("investigator").post("/investigations/" + no + "/recusal",
                "{\"conflict\": false, \"statement\": \"本人与本案及被调查人无利害关系\"}").status());
        assertEquals(200, InvestigationFixtures.transition("office", no, 0, "IN_PROGRESS", null).status());
        String path = "/investigations/" + no + "/findings/" + subject + "/duty-records";
        assertEquals(422, Api.as("office").post(path, "{\"recordNo\": \"" + own + "\"}").status(), "no finding yet");
        assertEquals(200, InvestigationFixtures.finding(no, subject, "DIRECT", "[]").status());

        JsonObject offered = Api.as("office").get(path).parse().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getJsonObject("record").getString("recordNo").equals(own)).findFirst().orElseThrow();
        assertEquals(false, offered.getBoolean("linked"));
        assertEquals("PRESIDING", offered.getString("subjectRole"));
        assertEquals(List.of("履职反对者"), offered.getJsonObject("record").getJsonArray("dissenting").getValuesAs(JsonString::getString));
        Api.Reply notHis = Api.as("office").post(path, "{\"recordNo\": \"" + other + "\"}");
        assertEquals(400, notHis.status(), "a record the subject did not take part in: " + notHis);
        Api.Reply linked = Api.as("investigator").post(path, "{\"recordNo\": \"" + own + "\"}");
        assertEquals(201, linked.status(), linked::toString);
        JsonObject first = linked.parse().asJsonArray().getJsonObject(0);
        assertEquals(own, first.getJsonObject("record").getString("recordNo"), "linked records first");
        assertEquals(true, first.getBoolean("linked"));
        assertEquals(409, Api.as("office").post(path, "{\"recordNo\": \"" + own + "\"}").status(), "linked once");
        assertEquals(403, Api.as("liaison").get(path).status());
        assertEquals(404, Api.as("auditor").get(path).status(), "outside the auditor's scope");
    }

    @Test
    void aDraftTakesDocumentsThatAreFrozenOnConfirmationAndCarriedIntoACorrection() {
        byte[] minutes = "2026年第5次党委会会议纪要：同意为参股企业提供担保。".getBytes(StandardCharsets.UTF_8);
        byte[] review = "法律审查意见：担保合同条款合法。".getBytes(StandardCharsets.UTF_8);
        JsonObject draft = DutyFixtures.create("liaison", DutyFixtures.body("YBJSSJ", TODAY, "带会议文件的担保决策", chair, member)).json();
        String no = draft.getString("recordNo");
        assertTrue(task("liaison", no), "the draft is on the liaison's to-do list until confirmed");
        assertTrue(task("office", no), "and on the group office's");
        assertTrue(!task("leader", no), "LEADER does not confirm");
        assertEquals(List.of(), draft.getJsonArray("files"));

        Api.Reply added = files("liaison", no, draft.getInt("version"), "会议纪要.txt", minutes);
        assertEquals(201, added.status(), added::toString);
        List<JsonObject> listed = added.json().getJsonArray("files").getValuesAs(JsonObject.class);
        assertEquals(List.of("会议纪要.txt"), listed.stream().map(f -> f.getString("name")).toList());
        assertEquals(minutes.length, listed.get(0).getInt("size"));
        assertEquals(409, files("liaison", no, draft.getInt("version"), "法律审查意见.txt", review).status(),
                "a stale version of the draft is refused");
        int version = added.json().getInt("version");

        Api.Reply exe = files("liaison", no, version, "纪要.pdf", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(400, exe.status(), exe::toString);
        assertTrue(exe.json().getString("message").contains("纪要.pdf"), exe::toString);
        Api.Reply second = files("office", no, version, "法律审查意见.txt", review);
        assertEquals(201, second.status(), second::toString);
        assertEquals(List.of("会议纪要.txt", "法律审查意见.txt"), names(second.json()), "the refused file changed nothing");
        long minutesId = second.json().getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue();
        long reviewId = second.json().getJsonArray("files").getJsonObject(1).getJsonNumber("id").longValue();
        assertEquals(new String(minutes, StandardCharsets.UTF_8), new String(Api.as("leader")
                .download("/duty-records/" + no + "/files/" + minutesId).body(), StandardCharsets.UTF_8), "LEADER reads the documents");
        assertEquals(404, Api.as("auditor").download("/duty-records/" + no + "/files/" + minutesId).statusCode(),
                "outside the auditor's scope");
        assertEquals(403, Api.as("leader").delete("/duty-records/" + no + "/files/" + reviewId
                + "?version=" + second.json().getInt("version")).status());

        Api.Reply removed = Api.as("liaison").delete("/duty-records/" + no + "/files/" + reviewId + "?version=" + second.json().getInt("version"));
        assertEquals(200, removed.status(), removed::toString);
        assertEquals(List.of("会议纪要.txt"), names(removed.json()));
        Api.Reply again = files("liaison", no, removed.json().getInt("version"), "法律审查意见.txt", review);
        assertEquals(201, again.status(), again::toString);

        Api.Reply confirmed = Api.as("liaison").post("/duty-records/" + no + "/confirmation", "{\"version\": " + again.json().getInt("version") + "}");
        assertEquals(200, confirmed.status(), confirmed::toString);
        assertTrue(!task("liaison", no), "a confirmed record leaves the to-do list");
        assertTrue(!task("office", no));
        int confirmedVersion = confirmed.json().getInt("version");
        Api.Reply late = files("liaison", no, confirmedVersion, "补充材料.txt", review);
        assertEquals(409, late.status(), "a confirmed version's documents never change: " + late);
        assertTrue(late.json().getString("message").contains("更正"), late::toString);
        long kept = confirmed.json().getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(409, Api.as("office").delete("/duty-records/" + no + "/files/" + kept + "?version=" + confirmedVersion).status());
        assertEquals(List.of("会议纪要.txt", "法律审查意见.txt"), names(Api.as("office").get("/duty-records/" + no).json()),
                "nothing was added or removed");

        Api.Reply corrected = Api.as("liaison").post("/duty-records/" + no + "/corrections", DutyFixtures.body("YBJSSJ", TODAY,
                "带会议文件的担保决策（更正）", chair, member).replace("}]}", "}], \"version\": " + confirmedVersion
                + ", \"reason\": \"事项表述有误\"}"));
        assertEquals(201, corrected.status(), corrected::toString);
        assertEquals(List.of("会议纪要.txt", "法律审查意见.txt"), names(corrected.json()), "the correction carries the documents");
        long carried = corrected.json().getJsonArray("files").getJsonObject(0).getJsonNumber("id").longValue();
        assertTrue(carried != kept, "each version keeps its own rows");
        assertEquals(new String(minutes, StandardCharsets.UTF_8), new String(Api.as("office")
                .download("/duty-records/" + no + "/files/" + carried).body(), StandardCharsets.UTF_8));
        assertEquals(List.of("会议纪要.txt", "法律审查意见.txt"), names(Api.as("office").get("/duty-records/" + no + "?revision=1").json()),
                "the superseded version keeps its documents");

        int revision2 = corrected.json().getInt("version");
        long wrong = corrected.json().getJsonArray("files").getJsonObject(1).getJsonNumber("id").longValue();
        String again2 = DutyFixtures.body("YBJSSJ", TODAY, "带会议文件的担保决策（再次更正）", chair, member)
                .replace("}]}", "}], \"version\": " + revision2 + ", \"reason\": \"法律审查意见上传错了\", \"dropFiles\": [%d]}");
        Api.Reply unknown = Api.as("liaison").post("/duty-records/" + no + "/corrections", String.format(again2, kept));
        assertEquals(400, unknown.status(), "a file of another version is no file to leave behind: " + unknown);
        assertEquals(2, Api.as("office").get("/duty-records/" + no).json().getInt("revision"), "no version was added");
        Api.Reply dropped = Api.as("liaison").post("/duty-records/" + no + "/corrections", String.format(again2, wrong));
        assertEquals(201, dropped.status(), dropped::toString);
        assertEquals(List.of("会议纪要.txt"), names(dropped.json()), "a correction may leave a wrong document behind");
        assertEquals(List.of("会议纪要.txt", "法律审查意见.txt"), names(Api.as("office").get("/duty-records/" + no + "?revision=2").json()));
    }

    private static Api.Reply files(String user, String no, int version, String name, byte[] content) {
        Multipart form = new Multipart().field("version", Integer.toString(version))
                .file("file", name, "application/octet-stream", content);
        return Api.as(user).post("/duty-records/" + no + "/files", form.contentType(), form.bytes());
    }

    private static List<String> names(JsonObject record) {
        return record.getJsonArray("files").getValuesAs(JsonObject.class).stream().map(f -> f.getString("name")).toList();
    }

    private static boolean task(String user, String no) {
        return Api.as(user).get("/me/tasks").parse().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getString("kind").equals("DUTY_RECORD_TO_CONFIRM") && t.getString("object").equals(no));
    }

    private static Api.Reply upload(String user, String csv) {
        Multipart file = new Multipart().file("file", "duty.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        return Api.as(user).post("/duty-records/import", file.contentType(), file.bytes());
    }

    private static long total() {
        return Api.as("office").get("/duty-records?enterprise=YBJSSJ&size=1").json().getJsonNumber("total").longValue();
    }

    private static List<String> numbers(String user, String path) {
        Api.Reply reply = Api.as(user).get(path);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(r -> r.getString("recordNo")).toList();
    }
}
