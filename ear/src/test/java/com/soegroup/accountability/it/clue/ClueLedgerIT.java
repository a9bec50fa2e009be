package com.soegroup.accountability.it.clue;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.Multipart;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static com.soegroup.accountability.testsupport.ClueFixtures.advanceToChecking;
import static com.soegroup.accountability.testsupport.ClueFixtures.checking;
import static com.soegroup.accountability.testsupport.ClueFixtures.detail;
import static com.soegroup.accountability.testsupport.ClueFixtures.register;
import static com.soegroup.accountability.testsupport.ClueFixtures.registered;
import static com.soegroup.accountability.testsupport.ClueFixtures.transition;
import static com.soegroup.accountability.testsupport.Dates.TODAY;
import static com.soegroup.accountability.testsupport.Dates.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clue ledger through the API on the demo group: unified numbering under load and rollback, the
 * lifecycle with its roles and data, optimistic locking, transfer, merge, and the scope and recusal matrix.
 */
class ClueLedgerIT extends ApplicationIT {

    @Test
    void theOfficeRegistersAClueWithTheNextNumberOfTheEnterprisesLedgerAndReadsItBack() {
        Api.Reply created = register("office", "YBJT", "AUDIT", "集团本部2025年办公楼改造项目超概算支付工程款", "1250000.5");

        assertEquals(201, created.status(), created::toString);
        JsonObject clue = created.json().getJsonObject("clue");
        String no = clue.getString("ledgerNo");
        assertTrue(no.matches("YBJT-XS-" + YEAR + "-\\d{4,}"), no);
        assertEquals("REGISTERED", clue.getString("status"));
        assertEquals("1250000.50", clue.getString("possibleLoss"));
        assertTrue(created.header("Location").endsWith("/clues/" + no), created.header("Location"));

        JsonObject read = Api.as("office").get("/clues/" + no).json();
        assertEquals("集团本部2025年办公楼改造项目超概算支付工程款", read.getJsonObject("clue").getString("summary"));
        assertEquals(List.of("CHECKING"), read.getJsonArray("next").getValuesAs(JsonString::getString));
        List<JsonObject> history = Api.as("office").get("/clues/" + no + "/history").parse().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(1, history.size());
        assertEquals("REGISTERED", history.get(0).getString("action"));
        assertEquals("office", history.get(0).getString("user"));
    }

    @Test
    void fiftyRegistrationsInParallelGetFiftyConsecutiveNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int n = i;
                replies.add(pool.submit(() -> register("office", "YBWTJD", "INSPECTION_TOUR", "并发登记测试线索第" + n + "条", null)));
            }
            TreeSet<Integer> serials = new TreeSet<>();
            for (Future<Api.Reply> reply : replies) {
                Api.Reply r = reply.get();
                assertEquals(201, r.status(), r::toString);
                serials.add(serial(r.json().getJsonObject("clue").getString("ledgerNo"), "YBWTJD"));
            }
            assertEquals(50, serials.size(), "no duplicates");
            assertEquals(49, serials.last() - serials.first(), () -> "no holes: " + serials);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRegistrationThatFailsAfterDrawingItsNumberGivesItBackAndBadInputNeverDrawsOne() throws Exception {
        int before = serial(register("office", "YBWL", "AUDIT", "物流公司仓储租赁合同履约问题", null).json()
                .getJsonObject("clue").getString("ledgerNo"), "YBWL");
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            // the database refuses the row itself, after the number was drawn in the same transaction
            sql.execute("CREATE FUNCTION clue_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "IF NEW.summary LIKE '%ROLLBACK-PROBE%' THEN RAISE EXCEPTION 'probe'; END IF; RETURN NEW; END $$");
            sql.execute("CREATE TRIGGER clue_test_refuse BEFORE INSERT ON clue FOR EACH ROW EXECUTE FUNCTION clue_test_refuse()");
            try {
                Api.Reply failed = register("office", "YBWL", "AUDIT", "ROLLBACK-PROBE 物流公司", null);
                assertEquals(500, failed.status(), failed::toString);
                assertFalse(failed.body().contains("probe"), "no cause shown to the user");
            } finally {
                sql.execute("DROP TRIGGER clue_test_refuse ON clue");
                sql.execute("DROP FUNCTION clue_test_refuse()");
            }
        }
        Api.Reply unknownPerson = Api.as("office").post("/clues", "{\"source\": \"AUDIT\", \"receivedOn\": \"" + TODAY
                + "\", \"enterprise\": \"YBWL\", \"summary\": \"物流公司问题\", \"persons\": [{\"employeeNo\": \"NOSUCH-1\"}]}");
        assertEquals(400, unknownPerson.status(), unknownPerson::toString);
        assertEquals("persons[0].employeeNo", unknownPerson.json().getString("field"));

        int after = serial(register("office", "YBWL", "AUDIT", "物流公司运输车辆采购问题", null).json()
                .getJsonObject("clue").getString("ledgerNo"), "YBWL");
        assertEquals(before + 1, after, "neither the rolled-back nor the refused registration left a hole");
    }

    @Test
    void badInputIsRefusedWithTheFieldAndSavesNothing() {
        long total = Api.as("office").get("/clues?size=1").json().getJsonNumber("total").longValue();
        String[][] cases = {
                {"{\"source\": \"AUDIT\", \"receivedOn\": \"" + TODAY + "\", \"enterprise\": \"YBJT\", \"summary\": \"x\", \"possibleLoss\": \"-5\"}", "possibleLoss"},
                {"{\"source\": \"AUDIT\", \"receivedOn\": \"" + TODAY + "\", \"enterprise\": \"NOSUCH\", \"summary\": \"x\"}", "enterprise"},
                {"{\"source\": \"AUDIT\", \"receivedOn\": \"" + TODAY + "\", \"enterprise\": \"YBJT\", \"summary\": \"<script>alert(1)</script>\"}", "summary"},
                {"{\"source\": \"RUMOUR\", \"receivedOn\": \"" + TODAY + "\", \"enterprise\": \"YBJT\", \"summary\": \"x\"}", "source"},
                {"{\"source\": \"AUDIT\", \"receivedOn\": \"2026-13-45\", \"enterprise\": \"YBJT\", \"summary\": \"x\"}", "receivedOn"},
                {"{\"source\": \"AUDIT\", \"receivedOn\": \"" + TODAY + "\", \"enterprise\": \"YBJT\", \"summary\": \"x\", \"possibleLoss\": \"很多\"}", "possibleLoss"},
        };
        for (String[] c : cases) {
            Api.Reply reply = Api.as("office").post("/clues", c[0]);
            assertEquals(400, reply.status(), reply::toString);
            assertEquals(c[1], reply.json().getString("field"), reply::toString);
            assertFalse(reply.json().getString("message").isBlank());
        }
        assertEquals(total, Api.as("office").get("/clues?size=1").json().getJsonNumber("total").longValue());
    }

    @Test
    void theLifecycleFollowsTheTableByRoleAndWritesHistoryOnlyForLegalMoves() {
        String no = registered("office", "YBJR", "金控公司对外担保未履行决策程序");

        Api.Reply illegal = transition("leader", no, 0, "{\"to\": \"ACCEPTED\"}");
        assertEquals(409, illegal.status(), illegal::toString);
        assertEquals("CONFLICT", illegal.json().getString("error"));
        assertEquals(0, detail(no).getJsonObject("clue").getInt("version"), "a refused move changes nothing");

        Api.Reply noDeadline = transition("office", no, 0, "{\"to\": \"CHECKING\", \"handler\": \"张伟\"}");
        assertEquals(400, noDeadline.status(), noDeadline::toString);
        assertEquals("deadline", noDeadline.json().getString("field"));

        assertEquals(403, transition("liaison", no, 0, "{\"to\": \"CHECKING\"}").status());

        Api.Reply checking = transition("office", no, 0, "{\"to\": \"CHECKING\", \"handler\": \"张伟\", \"deadline\": \""
                + LocalDate.parse(TODAY).plusDays(30) + "\", \"reason\": \"交审计部初核\"}");
        assertEquals(200, checking.status(), checking::toString);
        assertEquals("CHECKING", checking.json().getJsonObject("clue").getString("status"));

        Api.Reply officeAccepts = transition("office", no, 1, "{\"to\": \"ACCEPTED\"}");
        assertEquals(409, officeAccepts.status(), officeAccepts::toString);
        assertTrue(officeAccepts.json().getString("message").contains("领导小组"), officeAccepts::toString);

        assertEquals(200, transition("leader", no, 1, "{\"to\": \"ACCEPTED\", \"reason\": \"同意启动追责\"}").status());
        Api.Reply unconfirmed = transition("office", no, 2, "{\"to\": \"CLOSED\"}");
        assertEquals(400, unconfirmed.status(), unconfirmed::toString);
        assertEquals("confirmed", unconfirmed.json().getString("field"));
        Api.Reply closed = transition("office", no, 2, "{\"to\": \"CLOSED\", \"confirmed\": true}");
        assertEquals(200, closed.status(), closed::toString);
        assertEquals("office", closed.json().getString("closedBy"));
        assertEquals(List.of(), closed.json().getJsonArray("next").getValuesAs(JsonString::getString));

        for (String to : List.of("REGISTERED", "CHECKING", "ACCEPTED", "NOT_ACCEPTED", "CLOSED")) {
            assertEquals(409, transition("office", no, 3, "{\"to\": \"" + to + "\", \"confirmed\": true}").status(), to);
        }
        List<JsonObject> history = Api.as("office").get("/clues/" + no + "/history").parse().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("REGISTERED", "CHECKING", "ACCEPTED", "CLOSED"),
                history.stream().map(h -> h.getString("to")).toList());
        assertEquals("leader", history.get(2).getString("user"));
        assertEquals("CHECKING", history.get(2).getString("from"));
        assertEquals("同意启动追责", history.get(2).getString("reason"));
    }

    @Test
    void theSecondOfTwoUsersChangingTheSameClueGetsAConflictAndNothingIsOverwritten() {
        String no = checking("YBSW", "水务公司管网工程变更签证不规范");

        Api.Reply first = transition("leader", no, 1, "{\"to\": \"NOT_ACCEPTED\", \"reason\": \"经核实不属于追责范围\"}");
        Api.Reply second = transition("office", no, 1, "{\"to\": \"OUT_OF_SCOPE\", \"reference\": \"按安全生产事故调查处理规定处理\"}");

        assertEquals(200, first.status(), first::toString);
        assertEquals(409, second.status(), second::toString);
        assertEquals("STALE_VERSION", second.json().getString("error"));
        JsonObject now = detail(no);
        assertEquals("NOT_ACCEPTED", now.getJsonObject("clue").getString("status"));
        assertEquals("经核实不属于追责范围", now.getString("dispositionReason"));
    }

    @Test
    void aTransferToTheHigherLevelMovesTheClueOutOfTheSubsidiarysScope() {
        String no = registered("liaison", "YBJSSJ", "设计院院长违规决定对外借款");
        assertEquals(200, Api.as("liaison").get("/clues/" + no).status());
        advanceToChecking(no);

        Api.Reply transferred = transition("office", no, 1, "{\"to\": \"TRANSFERRED\", \"transferKind\": \"HIGHER_LEVEL\", "
                + "\"receivingEnterprise\": \"YBJT\", \"reference\": \"示建移〔" + YEAR + "〕2号\"}");
        assertEquals(200, transferred.status(), transferred::toString);
        assertEquals("YBJT", transferred.json().getJsonObject("clue").getString("owner"));
        assertEquals("YBJSSJ", transferred.json().getJsonObject("clue").getString("enterprise"));
        assertEquals(no, transferred.json().getJsonObject("clue").getString("ledgerNo"), "the number stays");

        assertEquals(404, Api.as("liaison").get("/clues/" + no).status());
        assertEquals(0, Api.as("liaison").get("/clues?q=" + no).json().getInt("total"));
        assertEquals(200, Api.as("office").get("/clues/" + no).status());

        String other = checking("YBJS", "建投公司项目公司股权转让未评估");
        Api.Reply notHigher = transition("office", other, 1, "{\"to\": \"TRANSFERRED\", \"transferKind\": \"HIGHER_LEVEL\", "
                + "\"receivingEnterprise\": \"YBNY\", \"reference\": \"x\"}");
        assertEquals(400, notHigher.status(), notHigher::toString);
        assertEquals("receivingEnterprise", notHigher.json().getString("field"));
    }

    @Test
    void mergingKeepsBothNumbersTheMergedOnePointingToTheSurvivor() {
        String survivor = registered("office", "YBNYRQ", "燃气公司2025年LNG采购未公开招标");
        String duplicate = checking("YBNYRQ", "反映燃气公司LNG采购未经招标，价格偏高");

        Api.Reply merged = transition("office", duplicate, 1, "{\"to\": \"MERGED\", \"survivor\": \"" + survivor + "\", \"reason\": \"同一事项\"}");
        assertEquals(200, merged.status(), merged::toString);
        assertEquals(survivor, merged.json().getString("mergedInto"));
        assertEquals(duplicate, merged.json().getJsonObject("clue").getString("ledgerNo"));
        assertEquals(List.of(duplicate), detail(survivor).getJsonArray("mergedFrom").getValuesAs(JsonString::getString));

        String third = checking("YBNYRQ", "燃气公司另一事项");
        Api.Reply intoMerged = transition("office", third, 1, "{\"to\": \"MERGED\", \"survivor\": \"" + duplicate + "\"}");
        assertEquals(400, intoMerged.status(), intoMerged::toString);
        assertEquals("survivor", intoMerged.json().getString("field"));
    }

    @Test
    void outOfScopeClosesWithTheOtherRulesReference() {
        String no = checking("YBSW", "水务公司污水厂安全生产事故");

        Api.Reply noReference = transition("office", no, 1, "{\"to\": \"OUT_OF_SCOPE\"}");
        assertEquals(400, noReference.status());
        assertEquals("reference", noReference.json().getString("field"));
        Api.Reply out = transition("office", no, 1, "{\"to\": \"OUT_OF_SCOPE\", \"reference\": \"按《生产安全事故报告和调查处理条例》处理\"}");
        assertEquals(200, out.status(), out::toString);
        assertEquals("按《生产安全事故报告和调查处理条例》处理", out.json().getString("otherRulesReference"));
        assertEquals(200, transition("office", no, 2, "{\"to\": \"CLOSED\", \"confirmed\": true}").status());
    }

    @Test
    void aLiaisonRegistersForItsOwnEnterpriseOnlyAndSeesNothingElse() {
        String own = registered("liaison", "YBJSSJ", "设计院投标保证金未及时收回");
        String parents = registered("office", "YBJS", "建投公司违规出借资金");
        String siblings = registered("office", "YBJSLQ", "路桥公司分包管理混乱");

        Api.Reply forParent = register("liaison", "YBJS", "AUDIT", "x", null);
        assertEquals(400, forParent.status(), forParent::toString);
        assertEquals("enterprise", forParent.json().getString("field"));

        assertEquals(404, Api.as("liaison").get("/clues/" + parents).status());
        assertEquals(404, Api.as("liaison").get("/clues/" + siblings).status());
        assertEquals(404, Api.as("liaison").get("/clues/" + parents + "/history").status());
        assertEquals(403, Api.as("liaison").post("/clues/" + parents + "/transitions", "{\"to\": \"CHECKING\", \"version\": 0}").status());
        assertEquals(404, Api.as("liaison").get("/clues?enterprise=YBJS").status());
        Set<String> owners = Api.as("liaison").get("/clues?size=500").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(c -> c.getString("owner")).collect(Collectors.toSet());
        assertEquals(Set.of("YBJSSJ"), owners);
        assertEquals(200, Api.as("office").get("/clues/" + own).status(), "the office sees the liaison's clue");
        assertEquals(404, Api.as("auditor").get("/clues/" + own).status(), "the auditor of YBNY does not");
        assertEquals(403, Api.as("investigator").get("/clues").status());
        assertEquals(403, Api.as("hr").get("/clues/" + own).status());
        assertEquals(403, Api.as("admin").get("/clues").status(), "no case content for ADMIN");
        assertEquals(401, Api.anonymous().get("/clues").status());
    }

    @Test
    void aPersonConcernedDoesNotSeeTheClueInAnyListSearchOrByNumber() {
        Api.Reply created = Api.as("office").post("/clues", "{\"source\": \"REPORT\", \"receivedOn\": \"" + TODAY
                + "\", \"enterprise\": \"YBJSSJ\", \"summary\": \"反映设计院综合办公室主任虚报差旅费\", "
                + "\"persons\": [{\"employeeNo\": \"DEMO-LIAISON\"}, {\"name\": \"某司机\"}], "
                + "\"reporterName\": \"实名举报人\", \"reporterContact\": \"138-0000-0000\"}");
        assertEquals(201, created.status(), created::toString);
        String no = created.json().getJsonObject("clue").getString("ledgerNo");
        assertEquals("刘芳、某司机", created.json().getJsonObject("clue").getString("persons"));

        assertEquals(404, Api.as("liaison").get("/clues/" + no).status());
        assertEquals(0, Api.as("liaison").get("/clues?q=虚报差旅费").json().getInt("total"));
        assertFalse(Api.as("liaison").get("/clues?size=500").body().contains(no));

        JsonObject asOffice = detail(no);
        assertEquals("实名举报人", asOffice.getString("reporterName"));
        assertEquals("138-0000-0000", Api.as("leader").get("/clues/" + no).json().getString("reporterContact"));

        Api.Reply energy = Api.as("office").post("/clues", "{\"source\": \"REPORT\", \"receivedOn\": \"" + TODAY
                + "\", \"enterprise\": \"YBNY\", \"summary\": \"能源公司煤炭采购中间商加价\", \"reporterName\": \"实名举报人\"}");
        JsonObject asAuditor = Api.as("auditor").get("/clues/" + energy.json().getJsonObject("clue").getString("ledgerNo")).json();
        assertTrue(asAuditor.isNull("reporterName"), "the reporter is for OFFICE and LEADER only");
        assertEquals("能源公司煤炭采购中间商加价", asAuditor.getJsonObject("clue").getString("summary"));
    }

    @Test
    void theLedgerFiltersSortsAndPagesInTheDatabase() {
        String a = registered("office", "YBWT", "文旅公司景区门票收入未入账 FILTER-PROBE");
        String b = registered("office", "YBWTJD", "酒店装修工程未招标 FILTER-PROBE");
        checking(b);

        JsonObject subtree = Api.as("office").get("/clues?enterprise=YBWT&q=FILTER-PROBE").json();
        assertEquals(2, subtree.getInt("total"), subtree::toString);
        JsonObject own = Api.as("office").get("/clues?enterprise=YBWT&subsidiaries=false&q=filter-probe").json();
        assertEquals(1, own.getInt("total"), own::toString);
        assertEquals(a, own.getJsonArray("items").getJsonObject(0).getString("ledgerNo"));
        JsonObject status = Api.as("office").get("/clues?q=FILTER-PROBE&status=CHECKING").json();
        assertEquals(List.of(b), status.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(c -> c.getString("ledgerNo")).toList());
        // one status is bound as "=", several as IN: both filter
        JsonObject statuses = Api.as("office").get("/clues?q=FILTER-PROBE&status=CHECKING&status=REGISTERED").json();
        assertEquals(2, statuses.getInt("total"), statuses::toString);
        JsonObject otherStatuses = Api.as("office").get("/clues?q=FILTER-PROBE&status=CHECKING&status=ACCEPTED").json();
        assertEquals(1, otherStatuses.getInt("total"), otherStatuses::toString);
        JsonObject sources = Api.as("office").get("/clues?q=FILTER-PROBE&source=AUDIT&source=OTHER&source=REPORT").json();
        assertEquals(sources.getInt("total"), Api.as("office").get("/clues?q=FILTER-PROBE&source=AUDIT").json().getInt("total")
                + Api.as("office").get("/clues?q=FILTER-PROBE&source=OTHER").json().getInt("total")
                + Api.as("office").get("/clues?q=FILTER-PROBE&source=REPORT").json().getInt("total"), sources::toString);
        JsonObject paged = Api.as("office").get("/clues?q=FILTER-PROBE&size=1&page=1&sort=ledgerNo,asc").json();
        assertEquals(2, paged.getInt("total"));
        assertEquals(1, paged.getJsonArray("items").size());
        assertEquals(400, Api.as("office").get("/clues?size=501").status());
        assertEquals(400, Api.as("office").get("/clues?status=LOST").status());
        assertEquals(400, Api.as("office").get("/clues?from=2026-02-01&to=2026-01-01").status());
    }

    @Test
    void filesOfAClueAreCheckedByContentAndHashed() throws Exception {
        String no = registered("liaison", "YBJSSJ", "设计院设计费收入未入账");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

        Multipart exe = new Multipart()
                .file("files", "发票.pdf", "application/pdf", new byte[]{'M', 'Z', (byte) 0x90, 0, 3});
        Api.Reply refused = Api.as("office").post("/clues/" + no + "/attachments", exe.contentType(), exe.bytes());
        assertEquals(400, refused.status(), refused::toString);
        assertEquals("attachments[0]", refused.json().getString("field"));
        assertEquals(0, Api.as("office").get("/clues/" + no + "/attachments").parse().asJsonArray().size());

        Multipart image = new Multipart()
                .file("files", "现场照片.png", "image/png", png);
        Api.Reply added = Api.as("liaison").post("/clues/" + no + "/attachments", image.contentType(), image.bytes());
        assertEquals(201, added.status(), added::toString);
        JsonObject file = added.parse().asJsonArray().getJsonObject(0);
        assertEquals("image/png", file.getString("contentType"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png)),
                file.getString("sha256"));
        assertEquals(403, Api.as("auditor").post("/clues/" + no + "/attachments", image.contentType(), image.bytes()).status());
    }

    @Test
    void theLedgerFiltersByTheAreaOfTheCircumstancesSuspected() {
        String funds = classified("YBJS", "建投公司台账领域筛选测试：资金拆借", "14-1");
        String both = classified("YBJS", "建投公司台账领域筛选测试：并购资金", "12-4", "14-2");
        String merger = classified("YBJS", "建投公司台账领域筛选测试：高溢价并购", "12-4");
        String none = registered("office", "YBJS", "建投公司台账领域筛选测试：未归类");

        assertEquals(Set.of(funds, both), ledgerNos("/clues?size=50&area=FUNDS&q=" + encoded("台账领域筛选测试")));
        assertEquals(Set.of(both, merger), ledgerNos("/clues?size=50&area=INVESTMENT_MERGER&q=" + encoded("台账领域筛选测试")));
        assertEquals(Set.of(funds, both, merger, none), ledgerNos("/clues?size=50&q=" + encoded("台账领域筛选测试")),
                "without the filter every clue, classified or not");
        assertEquals(Set.of(), ledgerNos("/clues?size=50&area=CONSTRUCTION&q=" + encoded("台账领域筛选测试")));

        Api.Reply bad = Api.as("office").get("/clues?area=SOMEWHERE");
        assertEquals(400, bad.status(), bad::toString);
        assertEquals("area", bad.json().getString("field"));
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static String classified(String enterprise, String summary, String... violations) {
        Api.Reply created = Api.as("office").post("/clues", "{\"source\": \"AUDIT\", \"receivedOn\": \"" + TODAY
                + "\", \"enterprise\": \"" + enterprise + "\", \"summary\": \"" + summary + "\", \"violations\": ["
                + Arrays.stream(violations).map(v -> "\"" + v + "\"").collect(Collectors.joining(", ")) + "]}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonObject("clue").getString("ledgerNo");
    }

    private static Set<String> ledgerNos(String path) {
        Api.Reply reply = Api.as("office").get(path);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("ledgerNo")).collect(Collectors.toSet());
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static int serial(String ledgerNo, String enterprise) {
        assertTrue(ledgerNo.startsWith(enterprise + "-XS-" + YEAR + "-"), ledgerNo);
        assertNotEquals(-1, ledgerNo.lastIndexOf('-'));
        return Integer.parseInt(ledgerNo.substring(ledgerNo.lastIndexOf('-') + 1));
    }
}
