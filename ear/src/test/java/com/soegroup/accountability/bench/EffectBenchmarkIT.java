package com.soegroup.accountability.bench;

import com.soegroup.accountability.effect.Effects;
import com.soegroup.accountability.rule.effect.Eligibility;
import com.soegroup.accountability.rule.effect.PromotionEffectRule;
import com.soegroup.accountability.rule.effect.Restriction;
import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.rule.set.RuleSetJson;
import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Database;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark, not a timed test (runs only with -Deffect.bench=true, alone: it leaves 100,000 people behind):
 * generates 100,000 people and 30,000 decisions with effects (and 3,000 disciplinary periods) on PostgreSQL, then
 * answers the promotion eligibility of 10,000 employee numbers on one date through the API (one POST as the
 * group's HR, BASIC sign-in included) and as raw SQL of the same three reads plus the rule engine in this JVM,
 * checks that both answers are equal, and prints p50/p95 of each and their ratio (target: ≤ 1 s, ≤ 2× raw).
 * <pre>./mvnw -B -ntp -pl ear -am verify -Dit.test=EffectBenchmarkIT -Deffect.bench=true -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.port.offset=500 -Dit.management.port=10490</pre>
 */
class EffectBenchmarkIT extends ApplicationIT {

    private static final int ROUNDS = 15;
    private static final int WARM_UP = 3;
    private static final LocalDate DATE = LocalDate.parse("2026-06-01");

    @Test
    void theEligibilityOfTenThousandPeople() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("effect.bench"), "benchmark: run with -Deffect.bench=true");
        generate();
        List<String> asked = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            // half of them multiples of five (every one has a decision), half mostly without any
            asked.add(employeeNo(i * 10 - (i % 2 == 0 ? 0 : 3)));
        }
        JsonArrayBuilder numbers = Json.createArrayBuilder();
        asked.forEach(numbers::add);
        String request = Json.createObjectBuilder().add("date", DATE.toString()).add("employeeNos", numbers).build().toString();

        List<Long> api = new ArrayList<>();
        JsonObject answer = null;
        for (int i = 0; i < ROUNDS + WARM_UP; i++) {
            long t = System.nanoTime();
            Api.Reply reply = Api.as("hr").post("/people/promotion-eligibility", request);
            long elapsed = System.nanoTime() - t;
            assertEquals(200, reply.status(), () -> reply.body().substring(0, Math.min(500, reply.body().length())));
            if (i >= WARM_UP) {
                api.add(elapsed);
            }
            answer = reply.json();
        }
        // the same request path with nobody found: sign-in, parsing, one read, a small answer
        JsonArrayBuilder nobody = Json.createArrayBuilder();
        asked.forEach(number -> nobody.add("NOBODY" + number));
        String unknown = Json.createObjectBuilder().add("date", DATE.toString()).add("employeeNos", nobody).build().toString();
        List<Long> empty = new ArrayList<>();
        for (int i = 0; i < ROUNDS + WARM_UP; i++) {
            long t = System.nanoTime();
            assertEquals(200, Api.as("hr").post("/people/promotion-eligibility", unknown).status());
            if (i >= WARM_UP) {
                empty.add(System.nanoTime() - t);
            }
        }
        List<Long> baseline = new ArrayList<>();
        for (int i = 0; i < ROUNDS + WARM_UP; i++) {
            long t = System.nanoTime();
            assertEquals(200, Api.as("hr").get("/me").status());
            if (i >= WARM_UP) {
                baseline.add(System.nanoTime() - t);
            }
        }

        List<Long> raw = new ArrayList<>();
        JsonObject expected = null;
        try (Connection db = Database.connect()) {
            RuleSet set = ruleSet(db);
            String root = scalar(db, "SELECT path FROM enterprise WHERE code = 'YBJT'") + "%";
            explain(db, asked, root);
            for (int i = 0; i < ROUNDS + WARM_UP; i++) {
                long t = System.nanoTime();
                Map<String, Eligibility> computed = raw(db, asked, root, set);
                long elapsed = System.nanoTime() - t;
                if (i >= WARM_UP) {
                    raw.add(elapsed);
                }
                expected = json(asked, computed);
            }
        }
        assertEquals(expected, answer, "the API answers exactly what raw SQL and the engine compute");
        long found = answer.getJsonArray("results").getValuesAs(JsonObject.class).stream().filter(r -> r.getBoolean("found")).count();
        long barred = answer.getJsonArray("results").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getBoolean("found") && !r.getBoolean("eligibleForPromotion")).count();

        System.out.printf("promotion eligibility of 10,000 people (%d found, %d barred) on %s, 100,000 people, "
                + "30,000 decisions, 3,000 disciplinary periods, %d rounds:%n", found, barred, DATE, ROUNDS);
        System.out.printf("  through the API (HTTP, BASIC/LDAP, scope, 3 reads, engine, audit, JSON): p50 %.0f ms, p95 %.0f ms%n",
                percentile(api, 0.50), percentile(api, 0.95));
        System.out.printf("  raw SQL of the same reads + the engine in the test:                p50 %.0f ms, p95 %.0f ms%n",
                percentile(raw, 0.50), percentile(raw, 0.95));
        System.out.printf("  GET /me, the cost of any signed-in request:                         p50 %.0f ms, p95 %.0f ms%n",
                percentile(baseline, 0.50), percentile(baseline, 0.95));
        System.out.printf("  the same POST of 10,000 unknown numbers (no decisions read, small answer): p50 %.0f ms, p95 %.0f ms%n",
                percentile(empty, 0.50), percentile(empty, 0.95));
        System.out.printf("  the request's own work beyond the sign-in (API p50 − GET /me p50):  %.0f ms%n",
                percentile(api, 0.50) - percentile(baseline, 0.50));
        System.out.printf("  ratio p50 %.2f, p95 %.2f (targets: ≤ 1,000 ms and ≤ 2×)%n",
                percentile(api, 0.50) / percentile(raw, 0.50), percentile(api, 0.95) / percentile(raw, 0.95));
    }

    private static String employeeNo(int n) {
        return String.format("BENCH%06d", n);
    }

    private static void generate() throws Exception {
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            long start = System.nanoTime();
            sql.execute("INSERT INTO person (id, employee_no, name, enterprise_id) "
                    + "SELECT nextval('person_seq'), 'BENCH' || lpad(g::text, 6, '0'), '基准人员' || g, e.ids[1 + g % e.n] "
                    + "FROM generate_series(1, 100000) g, (SELECT array_agg(id ORDER BY id) ids, count(*)::int n FROM enterprise) e");
            sql.execute("INSERT INTO investigation (case_no, numbering_enterprise_id, case_year, case_seq, owner_enterprise_id, "
                    + "loss_enterprise_id, title, plan, status, opened_on, opened_by, concluded_on) "
                    + "SELECT 'BENCH-DC-' || k, e.id, 2001, k, e.id, e.id, '基准案件', '方案', 'CONCLUDED', DATE '2018-01-01', 'bench', "
                    + "DATE '2018-12-01' FROM enterprise e, generate_series(1, 2) k WHERE e.code = 'YBJT'");
            sql.execute("INSERT INTO decision (decision_no, numbering_enterprise_id, decision_year, decision_seq, investigation_id, "
                    + "owner_enterprise_id, person_id, person_enterprise_id, employee_no, person_name, responsibility, loss_level, "
                    + "rule_set, determination_date, outcome, measures, ban_years, ban_lifetime, legal_basis, facts, deviation, "
                    + "status, proposed_by, proposed_at, legal_reviewed_on, approved_by, approved_at, approved_on, served_on, "
                    + "served_by, period_start, ended_on) "
                    + "SELECT 'BENCH-JD-' || g, o.id, 2001, g, i.id, o.id, p.id, p.enterprise_id, p.employee_no, p.name, 'DIRECT', "
                    + "'LARGER', 'YB-SASAC-2020', s.served - 30, 'STANDARD', m.measures, "
                    + "CASE WHEN m.measures LIKE '%BAN%' AND g % 4 <> 0 THEN 5 + g % 6 END, "
                    + "COALESCE(m.measures LIKE '%BAN%' AND g % 4 = 0, FALSE), '第二十七条', '基准', 'WITHIN', "
                    + "CASE WHEN g % 3 = 0 THEN 'EXECUTED' ELSE 'EFFECTIVE' END, 'bench', now(), s.served - 10, 'bench', now(), "
                    + "s.served - 10, s.served, 'bench', s.served, CASE WHEN g % 50 = 0 THEN s.served + 100 END "
                    + "FROM generate_series(1, 30000) g "
                    + "JOIN enterprise o ON o.code = 'YBJT' "
                    + "JOIN investigation i ON i.case_no = 'BENCH-DC-' || CASE WHEN g <= 20000 THEN 1 ELSE 2 END "
                    + "JOIN person p ON p.employee_no = 'BENCH' || lpad((CASE WHEN g <= 20000 THEN g * 5 ELSE (g - 20000) * 9 END)::text, 6, '0') "
                    + "CROSS JOIN LATERAL (SELECT DATE '2019-01-01' + (g * 37 % 2900) AS served) s "
                    + "CROSS JOIN LATERAL (SELECT (ARRAY['ADMONISHMENT', 'DEMOTION', 'DISMISSAL,BAN', 'TRANSFER', 'BAN', "
                    + "'CIRCULATED_CRITICISM,ADMONISHMENT', 'ORDERED_RESIGNATION', 'NON_LEADERSHIP_POST', NULL])[1 + g % 9] AS measures) m");
            sql.execute("INSERT INTO decision_referral (decision_id, kind, organ, referred_on, reference, sanction, sanctioned_on, "
                    + "eligible_from, recorded_by, recorded_at) "
                    + "SELECT d.id, 'DISCIPLINARY', '纪委监委', d.served_on, 'BENCH-' || g, '警告', d.served_on + 30, "
                    + "d.served_on + 30 + 365 * (1 + g % 3), 'bench', now() "
                    + "FROM generate_series(1, 3000) g JOIN decision d ON d.decision_no = 'BENCH-JD-' || (g * 10)");
            sql.execute("ANALYZE person");
            sql.execute("ANALYZE decision");
            sql.execute("ANALYZE decision_referral");
            System.out.printf("generated 100,000 people, 30,000 decisions and 3,000 disciplinary periods in %.1f s%n",
                    (System.nanoTime() - start) / 1e9);
        }
    }

    /** How PostgreSQL runs the three reads (once, for whoever reads the figures). */
    private static void explain(Connection db, List<String> asked, String root) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT p.id FROM person p WHERE p.employee_no = ANY (?)")) {
            q.setArray(1, db.createArrayOf("varchar", asked.toArray()));
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        for (String sql : List.of(PEOPLE, DECISIONS, DISCIPLINARY)) {
            try (PreparedStatement q = db.prepareStatement("EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON) " + sql)) {
                if (sql.equals(PEOPLE)) {
                    q.setArray(1, db.createArrayOf("varchar", new LinkedHashSet<>(asked).toArray()));
                    q.setString(2, root);
                } else {
                    q.setArray(1, db.createArrayOf("bigint", ids.toArray()));
                    q.setObject(2, DATE);
                    q.setObject(3, DATE);
                }
                StringBuilder plan = new StringBuilder();
                try (ResultSet rows = q.executeQuery()) {
                    while (rows.next()) {
                        plan.append("    ").append(rows.getString(1)).append('\n');
                    }
                }
                System.out.print(plan);
            }
        }
    }

    private static final String PEOPLE = "SELECT p.id, p.employee_no FROM person p JOIN enterprise e "
            + "ON e.id = p.enterprise_id WHERE p.employee_no = ANY (?) AND (e.path LIKE ?)";
    private static final String DECISIONS = "SELECT d.person_id, d.decision_no, d.measures, d.ban_years, "
            + "d.ban_lifetime, d.rule_set, d.period_start, d.served_on, d.ended_on, d.replaces_id IS NOT NULL FROM decision d "
            + "WHERE d.person_id = ANY (?) AND d.status IN ('EFFECTIVE', 'EXECUTED') AND d.measures IS NOT NULL "
            + "AND d.served_on <= ? AND (d.ended_on IS NULL OR d.ended_on > ?)";
    private static final String DISCIPLINARY = "SELECT d.person_id, d.decision_no, d.rule_set, r.sanctioned_on, "
            + "r.eligible_from FROM decision_referral r JOIN decision d ON d.id = r.decision_id WHERE d.person_id = ANY (?) "
            + "AND r.eligible_from IS NOT NULL AND r.sanctioned_on <= ? AND r.eligible_from > ?";

    /** The same three reads the service makes, as plain JDBC, and the engine over them. */
    private static Map<String, Eligibility> raw(Connection db, List<String> asked, String root, RuleSet set) throws Exception {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement(PEOPLE)) {
            q.setArray(1, db.createArrayOf("varchar", new LinkedHashSet<>(asked).toArray()));
            q.setString(2, root);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(2), rows.getLong(1));
                }
            }
        }
        Map<Long, List<Effects.DecisionRow>> decisions = new HashMap<>();
        Map<Long, List<Effects.DisciplinaryRow>> disciplinary = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement(DECISIONS)) {
            q.setArray(1, db.createArrayOf("bigint", ids.values().toArray()));
            q.setObject(2, DATE);
            q.setObject(3, DATE);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    // read before the other columns: wasNull() would speak of the last one read
                        Integer banYears = rows.getObject(4, Integer.class);
                    Effects.DecisionRow d = new Effects.DecisionRow(rows.getLong(1), rows.getString(2), rows.getString(3),
                            banYears, rows.getBoolean(5), rows.getString(6),
                            rows.getObject(7, LocalDate.class), rows.getObject(8, LocalDate.class),
                            rows.getObject(9, LocalDate.class), rows.getBoolean(10));
                    decisions.computeIfAbsent(d.personId(), k -> new ArrayList<>()).add(d);
                }
            }
        }
        try (PreparedStatement q = db.prepareStatement(DISCIPLINARY)) {
            q.setArray(1, db.createArrayOf("bigint", ids.values().toArray()));
            q.setObject(2, DATE);
            q.setObject(3, DATE);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    Effects.DisciplinaryRow r = new Effects.DisciplinaryRow(rows.getLong(1), rows.getString(2),
                            rows.getString(3), rows.getObject(4, LocalDate.class), rows.getObject(5, LocalDate.class));
                    disciplinary.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r);
                }
            }
        }
        Map<String, Eligibility> computed = new HashMap<>();
        ids.forEach((employeeNo, id) -> {
            List<Restriction> restrictions = Effects.restrictions(decisions.getOrDefault(id, List.of()),
                    disciplinary.getOrDefault(id, List.of()), code -> set);
            computed.put(employeeNo, PromotionEffectRule.eligibility(restrictions, null, null, DATE));
        });
        return computed;
    }

    /** The answer api.md and openapi.yaml describe, built from the raw computation. */
    private static JsonObject json(List<String> asked, Map<String, Eligibility> computed) {
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (String number : asked) {
            Eligibility e = computed.get(number);
            JsonObjectBuilder entry = Json.createObjectBuilder().add("employeeNo", number).add("found", e != null);
            if (e == null) {
                entry.add("error", "NOT_FOUND");
            } else {
                JsonArrayBuilder restrictions = Json.createArrayBuilder();
                for (Restriction r : e.restrictions()) {
                    JsonObjectBuilder o = Json.createObjectBuilder().add("kind", r.kind().name());
                    if (r.source() == null) {
                        o.addNull("source");
                    } else {
                        o.add("source", r.source().name());
                    }
                    o.add("from", r.from().toString());
                    if (r.eligibleFrom() == null) {
                        o.addNull("eligibleFrom");
                    } else {
                        o.add("eligibleFrom", r.eligibleFrom().toString());
                    }
                    restrictions.add(o.add("decisionNo", r.reference()));
                }
                entry.add("eligibleForPromotion", e.eligibleForPromotion()).add("eligibleForAnyPost", e.eligibleForAnyPost())
                        .add("eligibleForSeniorManagement", e.eligibleForSeniorManagement()).add("restrictions", restrictions);
            }
            results.add(entry);
        }
        return Json.createObjectBuilder().add("date", DATE.toString()).add("results", results).build();
    }

    private static RuleSet ruleSet(Connection db) throws Exception {
        String definition = scalar(db, "SELECT definition FROM rule_set WHERE code = 'YB-SASAC-2020'");
        return RuleSetJson.read(new ByteArrayInputStream(definition.getBytes(StandardCharsets.UTF_8)));
    }

    private static String scalar(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static double percentile(List<Long> nanos, double p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * p) - 1) / 1e6;
    }
}
