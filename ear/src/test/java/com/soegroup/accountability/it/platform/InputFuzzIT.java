package com.soegroup.accountability.it.platform;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.CampaignFixtures;
import com.soegroup.accountability.testsupport.CircularFixtures;
import com.soegroup.accountability.testsupport.ClueFixtures;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.Dates;
import com.soegroup.accountability.testsupport.DecisionFixtures;
import com.soegroup.accountability.testsupport.DutyFixtures;
import com.soegroup.accountability.testsupport.EvidenceFixtures;
import com.soegroup.accountability.testsupport.Fuzz;
import com.soegroup.accountability.testsupport.InvestigationFixtures;
import com.soegroup.accountability.testsupport.Multipart;
import com.soegroup.accountability.testsupport.RectificationFixtures;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Input that hurts the server (issue 16): every write endpoint the served OpenAPI document lists, called with its
 * path's objects real (a clue, a case, a decision with a referral and an appeal, a draft rule set…) by a role allowed
 * to call it, gets each kind of bad input ({@link Fuzz}) in each of its fields. Every answer is a refusal — 400, 409,
 * 413 or 422 with the api.md error body naming the field at fault, never 500 — that quotes nothing long of the input,
 * comes at once, and writes nothing (the tables' fingerprint before and after each endpoint, the audit trail and the
 * limiter's counts aside). The bound on time is 3 s where an answer takes milliseconds: the build machine is shared
 * and loaded; the slowest answers are printed.
 */
class InputFuzzIT extends ApplicationIT {

    private static final List<String> ROLES = List.of("office", "leader", "admin", "hr", "investigator", "liaison", "auditor");
    private static final Set<Integer> REFUSED = Set.of(400, 409, 413, 422);
    /**
     * Far above what an answer takes (well under a second alone) and what a loaded CI machine adds (3.4 s seen with
     * seven builds on two cores): it catches work that grows with the body (parsing it, matching it), not a slow day.
     */
    private static final long BOUND_MILLIS = 15_000;
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();

    private record Timed(long millis, String request) {
    }

    @Test
    void badInputOnEveryWriteEndpointIsRefusedAtOnceNamingTheFieldAndWritesNothing() throws Exception {
        Map<String, Object> document = Fuzz.openApi();
        Map<String, String> objects = objects();
        List<Fuzz.Endpoint> endpoints = Fuzz.writeEndpoints(document);
        List<String> failures = new ArrayList<>();
        List<Timed> times = new ArrayList<>();
        int fuzzed = 0;
        long started = System.nanoTime();
        try (Connection db = Database.connect()) {
            clearLimits(db);
            for (Fuzz.Endpoint endpoint : endpoints) {
                if (endpoint.schema() == null) {
                    System.out.println("InputFuzzIT: " + endpoint + " takes no body");
                    continue;
                }
                String path = path(endpoint.path(), objects) + query(endpoint, objects);
                Map<String, String> before = Fuzz.fingerprint(db);
                Api caller = caller(endpoint, path, failures, times);
                if (caller == null) {
                    continue;
                }
                fuzzed++;
                List<String> files = endpoint.multipart() ? Fuzz.files(endpoint, document) : List.of();
                List<Fuzz.Case> cases = new ArrayList<>(Fuzz.cases(endpoint, document, Map.of("enterprise", "YBJS",
                        "basis", "ACCOUNTING_AUDIT", "possibleLoss", "1000.00")));
                if (endpoint.queryParameters().contains("version")) {
                    cases.add(new Fuzz.Case("?version=" + Fuzz.BEYOND_INT, "{}", null, "version", false, true));
                }
                for (Fuzz.Case c : cases) {
                    String target = c.what().startsWith("?version=")
                            ? path(endpoint.path(), objects) + "?version=" + Fuzz.BEYOND_INT : path;
                    long start = System.nanoTime();
                    String request = endpoint + " with " + c.what();
                    Api.Reply reply;
                    try {
                        reply = send(caller, endpoint, target, c, files);
                    } catch (UncheckedIOException e) {
                        // before issue 16 a JSON number 1e1000000 as an amount kept a worker busy for minutes
                        failures.add(request + ": no answer (" + e.getCause() + ")");
                        continue;
                    }
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    times.add(new Timed(millis, request));
                    check(endpoint, c, reply, millis, request, failures);
                }
                Map<String, String> after = Fuzz.fingerprint(db);
                if (!before.equals(after)) {
                    List<String> changed = before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
                    failures.add(endpoint + ": bad input wrote to " + changed);
                }
            }
            clearLimits(db);
        }
        times.sort(Comparator.comparingLong(Timed::millis).reversed());
        System.out.printf("InputFuzzIT: %d write endpoints with a body, %d bad requests in %.1f s; slowest:%n", fuzzed,
                times.size(), (System.nanoTime() - started) / 1e9);
        times.stream().limit(8).forEach(t -> System.out.printf("  %5d ms  %s%n", t.millis(), t.request()));

        assertTrue(fuzzed >= 45, "write endpoints with a body: " + fuzzed);
        assertEquals(List.of(), failures, () -> failures.size() + " failures:\n" + String.join("\n", failures));
    }

    /**
     * What the issue found, one by one as a person meets it: a 9.5 MB summary is refused at once; 4,000 emoji are
     * 4,000 characters (the summary's limit) and 4,001 are one too many; a refused state change names the states as
     * words; a deduction of zero is refused with its own sentence; a page number of forty digits is bad input; an
     * empty report text is not written.
     */
    @Test
    void whatTheIssueFoundIsAnsweredAsAPersonReadsIt() {
        Api office = Api.as("office");
        long start = System.nanoTime();
        Api.Reply huge = office.post("/clues/similar", "{\"enterprise\": \"YBJS\", \"summary\": \""
                + "举".repeat(3_160_000) + "\"}");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(413, huge.status(), huge::toString);
        assertEquals("INVALID_INPUT", huge.json().getString("error"));
        assertTrue(millis < BOUND_MILLIS, "a 9.5 MB summary answered after " + millis + " ms");

        String emoji = Fuzz.EMOJI.repeat(4000);
        Api.Reply fits = ClueFixtures.register("office", "YBJS", "AUDIT", emoji, null);
        assertEquals(201, fits.status(), fits::toString);
        assertEquals(emoji, fits.json().getJsonObject("clue").getString("summary"), "stored as sent");
        Api.Reply over = ClueFixtures.register("office", "YBJS", "AUDIT", emoji + Fuzz.EMOJI, null);
        assertEquals(400, over.status(), over::toString);
        assertEquals("summary", over.json().getString("field"));
        assertEquals("不能超过 4000 个字符。", over.json().getString("message"));

        String no = fits.json().getJsonObject("clue").getString("ledgerNo");
        Api.Reply illegal = ClueFixtures.transition("office", no, 0, "{\"to\": \"CLOSED\", \"confirmed\": true}");
        assertEquals(409, illegal.status(), illegal::toString);
        String sentence = illegal.json().getString("message");
        assertTrue(sentence.contains("已登记") && !sentence.contains("REGISTERED") && !sentence.contains("ClueStatus"),
                sentence);

        try (DecisionFixtures decisions = DecisionFixtures.open()) {
            String decisionNo = decisions.decision(decisions.person("零扣减", "YBJT")).measures("ADMONISHMENT").insert()
                    .decisionNo();
            Api.Reply zero = office.post("/decisions/" + decisionNo + "/deductions",
                    "{\"source\": \"PARTY_DISCIPLINE\", \"amount\": \"0\", \"reference\": \"纪发〔2026〕9号\"}");
            assertEquals(400, zero.status(), zero::toString);
            assertEquals("amount", zero.json().getString("field"));
            assertEquals("金额应大于零：金额为零的扣减或追回无需登记。", zero.json().getString("message"));
        }

        Api.Reply page = office.get("/clues?page=" + Fuzz.FORTY_DIGITS);
        assertEquals(400, page.status(), page::toString);
        assertEquals("page", page.json().getString("field"), "a query parameter that is no number is bad input, not 404");

        String caseNo = InvestigationFixtures.opened("YBJS", "空报告测试调查", "YB000032");
        Api.Reply empty = office.put("/investigations/" + caseNo + "/report", "{}");
        assertEquals(400, empty.status(), empty::toString);
        assertEquals("proposedHandling", empty.json().getString("field"));
        JsonObject text = office.get("/investigations/" + caseNo + "/report").json();
        assertTrue(!text.containsKey("version") || text.isNull("version"), "nothing written: " + text);
    }

    /** The answer is a refusal with the api.md body, naming the field, short, and quick. */
    private static void check(Fuzz.Endpoint endpoint, Fuzz.Case c, Api.Reply reply, long millis, String request,
                              List<String> failures) {
        int status = reply.status();
        boolean refused = REFUSED.contains(status)
                // the public channel: too many refusals of a kind from everyone answer 429, and a receipt not given
                // is a receipt not found
                || endpoint.open() && (status == 429 || status == 404 && c.wholeBody());
        String body = reply.body();
        if (!refused) {
            failures.add(request + ": " + status + " " + abbreviated(body));
            return;
        }
        if (millis > BOUND_MILLIS) {
            failures.add(request + ": answered after " + millis + " ms");
        }
        JsonObject error;
        try {
            error = reply.json();
        } catch (AssertionError | ClassCastException e) {
            failures.add(request + ": " + status + " without the error body: " + abbreviated(body));
            return;
        }
        if (!error.keySet().equals(Set.of("error", "message", "field")) || error.getString("message", "").isBlank()) {
            failures.add(request + ": not the api.md error body: " + abbreviated(body));
            return;
        }
        String message = error.getString("message");
        if (message.length() > 300 || message.contains("xxxxxxxxxxxxxxxxxxxxxx") || message.contains("😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀")) {
            failures.add(request + ": the message repeats the input: " + abbreviated(message));
        }
        boolean fieldKnown = c.field() != null && status == 400
                // the rule set document is read by the engine's codec, which names what it finds wrong its own way
                && (c.parsed() || !endpoint.path().equals("/rules/sets/{code}"));
        String field = error.isNull("field") ? null : error.getString("field");
        if (fieldKnown && !c.field().equals(field)) {
            failures.add(request + ": 400 names " + field + ", not " + c.field() + ": " + abbreviated(message));
        }
    }

    /** The case's request; a multipart form with a small PDF in each of {@code files}. */
    private static Api.Reply send(Api caller, Fuzz.Endpoint endpoint, String path, Fuzz.Case c, List<String> files) {
        if (endpoint.multipart()) {
            Multipart form = new Multipart();
            c.form().forEach(form::field);
            for (String file : files) {
                form.file(file, "fuzz.pdf", "application/pdf", EvidenceFixtures.PDF);
            }
            return caller.post(path, form.contentType(), form.bytes());
        }
        return caller.send(endpoint.method(), path, "application/json", c.json().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The first role the endpoint lets through (its open endpoints: no one signed in), found with a request that is
     * bad input too: a NUL in a field no body has (and no file in a form).
     */
    private static Api caller(Fuzz.Endpoint endpoint, String path, List<String> failures, List<Timed> times) {
        if (endpoint.open()) {
            return Api.anonymous();
        }
        Fuzz.Case probe = endpoint.multipart()
                ? new Fuzz.Case("NUL in a field of no form", null, Map.of("fuzzProbe", "a\u0000b"), null, false)
                : new Fuzz.Case("NUL in a field of no body", "{\"fuzzProbe\": \"a\\u0000b\"}", null, "fuzzProbe", false);
        for (String role : ROLES) {
            Api api = Api.as(role);
            long start = System.nanoTime();
            Api.Reply reply = send(api, endpoint, path, probe, List.of());
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (reply.status() != 401 && reply.status() != 403) {
                String request = endpoint + " with " + probe.what() + " as " + role;
                times.add(new Timed(millis, request));
                check(endpoint, probe, reply, millis, request, failures);
                return api;
            }
        }
        failures.add(endpoint + ": no demo role may call it");
        return null;
    }

    /**
     * The objects the paths name, made for this test: a registered clue; a case of YBJS with the investigator on its
     * team, with an evidence file; an effective decision with a referral and an appeal; a draft rule set; and the
     * demo's enterprise YBJSSJ, a person and the liaison's account; a rectification task; the case's incident report; a circular drafted from a decided case.,
     * demo's enterprise YBJSSJ, a person and the liaison's account; a rectification task; the case's incident report;
     * a draft duty record of YBJSSJ.
     */
    private static Map<String, String> objects() throws SQLException {
        Map<String, String> objects = new HashMap<>();
        objects.put("ledgerNo", ClueFixtures.registered("office", "YBJS", "输入检查测试线索：违规出借资金"));
        String caseNo = InvestigationFixtures.opened("YBJS", "输入检查测试调查", "YB000032");
        assertEquals(200, InvestigationFixtures.assign(caseNo, "investigator", "LEADER").status());
        assertEquals(200, Api.as("investigator").post("/investigations/" + caseNo + "/recusal", "{\"conflict\": false}").status());
        Api.Reply evidence = EvidenceFixtures.upload(caseNo, "输入检查.pdf", EvidenceFixtures.PDF);
        assertEquals(201, evidence.status(), evidence::toString);
        objects.put("caseNo", caseNo);
        objects.put("evidence", String.valueOf(evidence.json().getJsonNumber("id").longValue()));
        try (DecisionFixtures decisions = DecisionFixtures.open(); Connection db = Database.connect()) {
            String employeeNo = decisions.person("输入检查", "YBJT");
            DecisionFixtures.Inserted decision = decisions.decision(employeeNo).measures("ADMONISHMENT").insert();
            decisions.disciplinary(decision, "2026-02-01", "2026-08-01");
            decisions.revokeOnAppeal(decision, "2026-03-01");
            objects.put("decisionNo", decision.decisionNo());
            objects.put("employeeNo", employeeNo);
            objects.put("referral", single(db, "SELECT id FROM decision_referral WHERE decision_id = ?", decision.id()));
            objects.put("appeal", single(db, "SELECT id FROM decision_appeal WHERE decision_id = ?", decision.id()));
        }
        String ruleSet = "YB-FUZZ-" + RUN;
        Api.Reply copy = Api.as("admin").post("/rules/sets/YB-SASAC-2020/copies", "{\"code\": \"" + ruleSet
                + "\", \"title\": \"输入检查\", \"effectiveFrom\": \"2031-01-01\"}");
        assertEquals(201, copy.status(), copy::toString);
        objects.put("ruleSet", ruleSet);
        objects.put("ruleSetVersion", String.valueOf(copy.json().getInt("version")));
        Api.Reply rectification = RectificationFixtures.create("SELF_INSPECTION", "输入检查自查事项", "YBJSSJ",
                decisionsPerson("YBJSSJ"), Dates.daysFromToday(30));
        assertEquals(201, rectification.status(), rectification::toString);
        objects.put("rectificationNo", rectification.json().getJsonObject("summary").getString("rectificationNo"));
        Api.Reply incident = Api.as("office").post("/incident-reports",
                "{\"caseNo\": \"" + caseNo + "\", \"reason\": \"输入检查：损失风险严重\"}");
        assertEquals(201, incident.status(), incident::toString);
        objects.put("reportNo", incident.json().getString("reportNo"));
        objects.put("circularNo", CircularFixtures.drafted(CircularFixtures.decided("YBJT", "输入检查通报", "YBJS", "示范建设投资有限公司").caseNo(),
                "WARNING"));
        // an annual work report in draft (issue 19), of a year and an enterprise no other test reports on
        Api.Reply annual = Api.as("office").post("/annual-reports", "{\"year\": " + (Dates.YEAR - 3) + ", \"enterprise\": \"YBJRZL\"}");
        assertEquals(201, annual.status(), annual::toString);
        objects.put("annualNo", annual.json().getString("reportNo"));
        String dutyPerson = decisionsPerson("YBJSSJ");
        Api.Reply duty = DutyFixtures.create("liaison", DutyFixtures.body("YBJSSJ", Dates.TODAY, "输入检查决策事项", dutyPerson, null));
        assertEquals(201, duty.status(), duty::toString);
        objects.put("recordNo", duty.json().getString("recordNo"));
        objects.put("campaignNo", CampaignFixtures.launched("YBJS", "输入检查自查专项行动"));
        Api.Reply training = Api.as("office").post("/trainings", "{\"course\": \"输入检查培训\", \"organiser\": \"YBJS\", "
                + "\"heldOn\": \"" + Dates.TODAY + "\", \"hours\": \"2\", \"externalParticipants\": 3}");
        assertEquals(201, training.status(), training::toString);
        objects.put("trainingNo", training.json().getJsonObject("summary").getString("trainingNo"));
        objects.put("user", "liaison");
        objects.put("year", String.valueOf(Dates.YEAR - 1));
        return objects;
    }

    private static String decisionsPerson(String enterprise) {
        try (DecisionFixtures decisions = DecisionFixtures.open()) {
            return decisions.person("输入检查整改", enterprise);
        }
    }

    private static String path(String template, Map<String, String> objects) {
        String id = template.contains("/appeals/") ? objects.get("appeal")
                : template.contains("/referrals/") ? objects.get("referral") : objects.get("evidence");
        return template.replace("{ledgerNo}", objects.get("ledgerNo")).replace("{caseNo}", objects.get("caseNo"))
                .replace("{decisionNo}", objects.get("decisionNo")).replace("{rectificationNo}", objects.get("rectificationNo"))
                .replace("{reportNo}", objects.get("reportNo")).replace("{circularNo}", objects.get("circularNo"))
                .replace("{recordNo}", objects.get("recordNo")).replace("{employeeNo}", objects.get("employeeNo"))
                .replace("{user}", objects.get("user")).replace("{id}", id).replace("{year}", objects.get("year"))
                .replace("{code}", template.startsWith("/enterprises") ? "YBJSSJ" : objects.get("ruleSet"))
                .replace("{kind}", "OFFICE").replace("{no}", objects.get("annualNo")).replace("{campaignNo}", objects.get("campaignNo"))
                .replace("{enterprise}", "YBJSSJ").replace("{trainingNo}", objects.get("trainingNo"));
    }

    private static String query(Fuzz.Endpoint endpoint, Map<String, String> objects) {
        if (endpoint.queryParameters().contains("enterprise")) {
            return "?enterprise=YBJSSJ";
        }
        return endpoint.queryParameters().contains("version") ? "?version=" + objects.get("ruleSetVersion") : "";
    }

    /**
     * The public channel's limits count requests of all senders together: what earlier tests sent this minute must
     * not turn this test's refusals into 429s, nor this test's the next test's.
     */
    private static void clearLimits(Connection db) throws SQLException {
        try (Statement delete = db.createStatement()) {
            delete.executeUpdate("DELETE FROM request_limit");
        }
    }

    private static String single(Connection db, String sql, long id) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setLong(1, id);
            try (ResultSet row = q.executeQuery()) {
                assertTrue(row.next(), sql);
                return String.valueOf(row.getLong(1));
            }
        }
    }

    private static String abbreviated(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
