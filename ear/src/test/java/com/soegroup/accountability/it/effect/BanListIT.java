package com.soegroup.accountability.it.effect;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.DecisionFixtures.Inserted;
import com.soegroup.accountability.testsupport.DecisionFixtures;
import com.soegroup.accountability.testsupport.TestEnvironment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** api.md "Ban list" (禁入限制名单): bans in force on a date, within scope, as JSON and as CSV for Excel. */
class BanListIT extends ApplicationIT {

    private static final String HASH = "5e1f0a3c".repeat(8);

    private static DecisionFixtures fixtures;
    private static Inserted fiveYears;
    private static Inserted forLife;
    private static Inserted revoked;
    private static Inserted expired;
    private static String fiveYearsPerson;

    @BeforeAll
    static void bans() {
        fixtures = DecisionFixtures.open();
        fiveYearsPerson = fixtures.person("王禁入", "YBJS");
        fiveYears = fixtures.decision(fiveYearsPerson).measures("DISMISSAL,BAN").banYears(5).servedOn("2026-01-10")
                .legalBasis("《办法》第二十七条第（三）项, \"五年\"").insert();
        String lifePerson = "EFBAN-" + System.nanoTime() % 1_000_000;
        fixtures.person(lifePerson, "李终身", "YBNY", HASH);
        forLife = fixtures.decision(lifePerson).measures("BAN").lifeBan().servedOn("2026-03-01").owner("YBNY").insert();
        String revokedPerson = fixtures.person("张撤销", "YBJS");
        revoked = fixtures.decision(revokedPerson).measures("BAN").banYears(5).servedOn("2026-01-10").insert();
        fixtures.revokeOnAppeal(revoked, "2026-06-01");
        String oldPerson = fixtures.person("刘期满", "YBJS");
        expired = fixtures.decision(oldPerson).measures("BAN").banYears(5).servedOn("2020-01-10").insert();
    }

    @AfterAll
    static void close() {
        fixtures.close();
    }

    private static Map<String, JsonObject> byDecision(String user, String activeOn) {
        Api.Reply reply = Api.as(user).get("/bans?activeOn=" + activeOn);
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(activeOn, reply.json().getString("activeOn"));
        return reply.json().getJsonArray("bans").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(b -> b.getString("decisionNo"), Function.identity()));
    }

    @Test
    void everyBanInForceOnTheDateAsFarAsItsDecisionApplied() {
        Map<String, JsonObject> july = byDecision("hr", "2026-07-01");

        assertEquals(Json.createObjectBuilder().add("name", "王禁入").add("employeeNo", fiveYearsPerson).addNull("idHash")
                .add("enterprise", "YBJS").add("enterpriseName", "示范建设投资有限公司").add("decisionNo", fiveYears.decisionNo())
                .add("from", "2026-01-10").add("until", "2031-01-10").add("legalBasis", "《办法》第二十七条第（三）项, \"五年\"")
                .build(), july.get(fiveYears.decisionNo()));
        JsonObject life = july.get(forLife.decisionNo());
        assertTrue(life.isNull("until"), "a life ban has no end");
        assertEquals(HASH, life.getString("idHash"));
        assertFalse(july.containsKey(revoked.decisionNo()), "revoked on appeal on 2026-06-01");
        assertFalse(july.containsKey(expired.decisionNo()), "ended 2025-01-10");

        Map<String, JsonObject> may = byDecision("hr", "2026-05-01");
        assertEquals("2026-06-01", may.get(revoked.decisionNo()).getString("until"), "history before the appeal stays");
        assertTrue(may.containsKey(forLife.decisionNo()));
        assertFalse(byDecision("hr", "2026-02-28").containsKey(forLife.decisionNo()), "not yet served");
        assertTrue(byDecision("hr", "2024-06-30").containsKey(expired.decisionNo()));
        for (String user : List.of("office", "leader", "auditor")) {
            assertEquals(200, Api.as(user).get("/bans?activeOn=2026-07-01").status(), user);
        }
        assertEquals(403, Api.as("investigator").get("/bans").status());
        assertEquals(403, Api.as("liaison").get("/bans").status());
    }

    @Test
    void eachSeesTheBansOfItsScope() {
        Map<String, JsonObject> subsidiaryHr = byDecision("hr2", "2026-07-01");
        assertTrue(subsidiaryHr.containsKey(fiveYears.decisionNo()));
        assertFalse(subsidiaryHr.containsKey(forLife.decisionNo()), "a YBNY person banned by YBNY");

        Map<String, JsonObject> auditor = byDecision("auditor", "2026-07-01");
        assertTrue(auditor.containsKey(forLife.decisionNo()));
        assertFalse(auditor.containsKey(fiveYears.decisionNo()));
    }

    @Test
    void csvForExcelWithByteOrderMarkHeaderAndAnEmptyEndForLife() throws Exception {
        HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(TestEnvironment.BASE_URL + "/api/v1/bans?activeOn=2026-07-01"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("hr:hr".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers()::toString);
        byte[] body = csv.body();
        assertArrayEquals(new byte[]{(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, Arrays.copyOf(body, 3));
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            rows = parser.getRecords();
        }
        assertEquals(List.of("姓名", "工号", "证件号码摘要", "企业代码", "企业名称", "决定文号", "起始日期", "截止日期（空为终身）", "依据"),
                rows.get(0).toList());
        CSVRecord life = rows.stream().filter(r -> r.get(5).equals(forLife.decisionNo())).findFirst().orElseThrow();
        assertEquals("", life.get(7));
        assertEquals(HASH, life.get(2));
        CSVRecord five = rows.stream().filter(r -> r.get(5).equals(fiveYears.decisionNo())).findFirst().orElseThrow();
        assertEquals(List.of("王禁入", fiveYearsPerson, "", "YBJS", "示范建设投资有限公司", fiveYears.decisionNo(), "2026-01-10",
                "2031-01-10", "《办法》第二十七条第（三）项, \"五年\""), five.toList());
        assertTrue(text.contains("\"《办法》第二十七条第（三）项, \"\"五年\"\"\""), "RFC 4180 quoting");
        assertEquals(rows.size() - 1, byDecision("hr", "2026-07-01").size());
    }

    @Test
    void aBadDateIs400NamingTheParameter() {
        Api.Reply reply = Api.as("hr").get("/bans?activeOn=2026-13-01");
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("activeOn", reply.json().getString("field"));
        assertEquals(200, Api.as("hr").get("/bans").status(), "today by default");
    }
}
