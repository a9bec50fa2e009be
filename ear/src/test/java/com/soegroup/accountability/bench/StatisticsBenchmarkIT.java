package com.soegroup.accountability.bench;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.FacesClient;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark, not a timed test (runs only with -Dstatistics.bench=true, alone: it leaves a million clues, 100,000
 * cases and 300,000 decisions behind): times {@code GET /statistics} for the whole group as its office over three
 * years, and the lists behind a case figure and a decision figure, beside the raw SQL of the same aggregates run
 * from the test, and prints p50 and p95 of each. The bars: ≤ 1 s p95 for the page's figures, ≤ 200 ms p95 for a
 * list, the service ≤ 2× raw. Printed, met or not; it fails nothing.
 * <pre>./mvnw -B -ntp -pl ear -am verify -Dit.test=StatisticsBenchmarkIT -Dstatistics.bench=true -Dtest=NONE
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dit.port.offset=1100 -Dit.management.port=11090</pre>
 */
class StatisticsBenchmarkIT extends ApplicationIT {

    private static final int ROUNDS = 30;
    private static final int WARM_UP = 10;
    private static final String FROM = "2023-01-01";
    private static final String TO = "2025-12-31";

    /** The same aggregates as statistics.StatisticsRepository, for the group's office (no recusal rows). */
    private static final List<String> RAW = List.of(
            "SELECT GROUPING(x.source), GROUPING(x.level), GROUPING(x.status), x.source, x.level, x.status, x.child, sum(x.n) "
                    + "FROM (SELECT c.source, c.level, c.status, split_part(substr(o.path, 4), '/', 1) AS child, count(*) AS n FROM clue c "
                    + "JOIN enterprise o ON o.id = c.owner_enterprise_id WHERE o.path LIKE '/1/%' AND c.received_on BETWEEN ? AND ? "
                    + "GROUP BY c.source, c.level, c.status, o.path) x GROUP BY GROUPING SETS ((x.source), (x.level), (x.status), (x.child))",
            month("clue c JOIN enterprise o ON o.id = c.owner_enterprise_id", "c.received_on", "0"),
            month("investigation i JOIN enterprise o ON o.id = i.owner_enterprise_id", "i.opened_on", "0"),
            month("investigation i JOIN enterprise o ON o.id = i.owner_enterprise_id", "i.concluded_on", "0"),
            month("loss_determination l JOIN investigation i ON i.id = l.investigation_id JOIN enterprise o ON o.id = i.owner_enterprise_id",
                    "l.determination_date", "l.counted_amount"),
            month("decision d JOIN enterprise o ON o.id = d.owner_enterprise_id", "d.approved_on", "0"),
            "SELECT split_part(substr(o.path, 4), '/', 1), i.opened_on, i.concluded_on, count(*) FROM investigation i "
                    + "JOIN enterprise o ON o.id = i.owner_enterprise_id WHERE o.path LIKE '/1/%' AND i.concluded_on BETWEEN ? AND ? GROUP BY 1, 2, 3",
            "SELECT split_part(substr(o.path, 4), '/', 1), i.opened_on, count(*) FROM investigation i "
                    + "JOIN enterprise o ON o.id = i.owner_enterprise_id WHERE o.path LIKE '/1/%' AND i.opened_on >= ? AND i.opened_on <= ? "
                    + "AND i.concluded_on IS NULL GROUP BY 1, 2",
            "SELECT GROUPING(x.level), x.level, x.child, count(*), sum(x.counted_amount) FROM (SELECT l.level, l.counted_amount, "
                    + "split_part(substr(o.path, 4), '/', 1) AS child FROM loss_determination l JOIN investigation i ON i.id = l.investigation_id "
                    + "JOIN enterprise o ON o.id = i.owner_enterprise_id WHERE o.path LIKE '/1/%' AND l.determination_date BETWEEN ? AND ?) x "
                    + "GROUP BY GROUPING SETS ((x.level), (x.child))",
            "SELECT GROUPING(x.responsibility), x.responsibility, x.post_level, count(*) FROM (SELECT d.responsibility, p.post_level "
                    + "FROM decision d JOIN enterprise o ON o.id = d.owner_enterprise_id LEFT JOIN person p ON p.id + 0 = d.person_id "
                    + "WHERE o.path LIKE '/1/%' AND d.approved_on BETWEEN ? AND ? AND d.status IN ('APPROVED', 'EFFECTIVE', 'EXECUTED') "
                    + "AND d.outcome <> 'EXEMPTED') x GROUP BY GROUPING SETS ((x.responsibility), (x.post_level))",
            "SELECT trim(m.code), count(*) FROM decision d JOIN enterprise o ON o.id = d.owner_enterprise_id "
                    + "CROSS JOIN LATERAL unnest(string_to_array(d.measures, ',')) AS m(code) WHERE o.path LIKE '/1/%' "
                    + "AND d.approved_on BETWEEN ? AND ? AND d.status IN ('APPROVED', 'EFFECTIVE', 'EXECUTED') AND d.outcome <> 'EXEMPTED' GROUP BY 1",
            // the groups that follow a case up: circumstance areas, rectifications, recovery, incident reports
            "SELECT GROUPING(ci.area), ci.area, count(DISTINCT c.id) FROM clue c JOIN enterprise o ON o.id = c.owner_enterprise_id "
                    + "JOIN clue_circumstance ci ON ci.clue_id + 0 = c.id WHERE o.path LIKE '/1/%' AND c.received_on BETWEEN ? AND ? "
                    + "GROUP BY GROUPING SETS ((ci.area), ())",
            "SELECT GROUPING(x.measure), GROUPING(x.state), x.measure, x.state, x.child, count(*) FROM (SELECT r.measure, "
                    + "CASE WHEN r.verified_on <= r.deadline THEN 'ON_TIME' WHEN r.verified_on IS NOT NULL THEN 'LATE' "
                    + "WHEN r.deadline < current_date THEN 'OVERDUE' ELSE 'PENDING' END AS state, split_part(substr(o.path, 4), '/', 1) AS child "
                    + "FROM rectification r JOIN enterprise o ON o.id = r.owner_enterprise_id WHERE o.path LIKE '/1/%' "
                    + "AND r.deadline BETWEEN ? AND ?) x GROUP BY GROUPING SETS ((x.measure), (x.state, x.child))",
            "SELECT split_part(substr(o.path, 4), '/', 1), count(DISTINCT i.id), sum(rv.amount) FROM (SELECT e.investigation_id, "
                    + "e.recovered_on, e.amount FROM recovery_event e UNION ALL SELECT dd.investigation_id, dr.recovered_on, dr.amount "
                    + "FROM decision_recovery dr JOIN decision dd ON dd.id = dr.decision_id) rv JOIN investigation i ON i.id = rv.investigation_id "
                    + "JOIN enterprise o ON o.id = i.owner_enterprise_id WHERE o.path LIKE '/1/%' AND rv.recovered_on BETWEEN ? AND ? GROUP BY 1",
            "SELECT CASE WHEN s.sent_on <= s.due_on THEN 'ON_TIME' ELSE 'LATE' END, split_part(substr(o.path, 4), '/', 1), count(*) "
                    + "FROM incident_report_sent s JOIN incident_report r ON r.id = s.report_id JOIN enterprise o ON o.id = r.enterprise_id "
                    + "WHERE o.path LIKE '/1/%' AND s.sent_on BETWEEN ? AND ? AND s.due_on IS NOT NULL GROUP BY 1, 2");

    private static String month(String from, String date, String amount) {
        return "SELECT date_trunc('month', x.d), sum(x.n) FILTER (WHERE x.d >= CAST(? AS date)), "
                + "sum(x.n) FILTER (WHERE x.d <= CAST(? AS date)), sum(x.a) FROM (SELECT " + date + " AS d, count(*) AS n, sum("
                + amount + ") AS a FROM " + from + " WHERE o.path LIKE '/1/%' AND " + date
                + " BETWEEN CAST(? AS date) AND CAST(? AS date) GROUP BY 1) x GROUP BY 1";
    }

    @Test
    void theDashboardOverAMillionClues() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("statistics.bench"), "benchmark: run with -Dstatistics.bench=true");
        generate();
        List<Long> page = new ArrayList<>();
        List<Long> casesList = new ArrayList<>();
        List<Long> decisionsList = new ArrayList<>();
        List<Long> raw = new ArrayList<>();
        try (Connection db = Database.connect()) {
            for (int i = 0; i < ROUNDS + WARM_UP; i++) {
                boolean counted = i >= WARM_UP;
                long t = System.nanoTime();
                Api.Reply reply = Api.as("office").get("/statistics?from=" + FROM + "&to=" + TO);
                long elapsed = System.nanoTime() - t;
                assertEquals(200, reply.status(), reply::toString);
                if (counted) {
                    page.add(elapsed);
                }
                t = System.nanoTime();
                for (String sql : RAW) {
                    try (PreparedStatement q = db.prepareStatement(sql)) {
                        if (sql.contains("CAST(? AS date)")) {
                            q.setString(1, FROM);
                            q.setString(2, LocalDate.parse(TO).minusYears(1).toString());
                            q.setString(3, LocalDate.parse(FROM).minusYears(1).toString());
                            q.setString(4, TO);
                        } else {
                            q.setObject(1, LocalDate.parse(FROM));
                            q.setObject(2, LocalDate.parse(TO));
                        }
                        try (ResultSet r = q.executeQuery()) {
                            while (r.next()) {
                                r.getObject(1);
                            }
                        }
                    }
                }
                if (counted) {
                    raw.add(System.nanoTime() - t);
                }
                if (counted) {
                    casesList.add(timed("/statistics/records.xhtml?target=CASES&kind=CONCLUDED&enterprise=YBJT&from=" + FROM + "&to=" + TO));
                    decisionsList.add(timed("/statistics/records.xhtml?target=DECISIONS&measure=ADMONISHMENT&enterprise=YBJT&from="
                            + FROM + "&to=" + TO));
                }
            }
        }
        System.out.printf("GET /statistics, whole group, %s to %s, %d rounds after %d warm-ups, p50 / p95 (ms):%n", FROM, TO, ROUNDS, WARM_UP);
        System.out.printf("  API (HTTP, sign-in included): %.1f / %.1f   (bar ≤ 1000 ms p95)%n", p(page, 50), p(page, 95));
        System.out.printf("  raw SQL of the same aggregates: %.1f / %.1f   ratio p95 %.2f (bar ≤ 2)%n", p(raw, 50), p(raw, 95),
                p(page, 95) / p(raw, 95));
        System.out.printf("  list behind 'cases concluded' (page, HTTP): %.1f / %.1f   (bar ≤ 200 ms p95)%n", p(casesList, 50), p(casesList, 95));
        System.out.printf("  list behind 'admonishment' (page, HTTP): %.1f / %.1f   (bar ≤ 200 ms p95)%n", p(decisionsList, 50),
                p(decisionsList, 95));
    }

    private static final Map<String, FacesClient> CLIENTS = new LinkedHashMap<>();

    private static long timed(String path) {
        FacesClient office = CLIENTS.computeIfAbsent("office",
                u -> FacesClient.signIn(90, u));
        long t = System.nanoTime();
        int status = office.get(path).status();
        long elapsed = System.nanoTime() - t;
        assertEquals(200, status, path);
        return elapsed;
    }

    /** 1,000,000 clues, 100,000 cases (half concluded, half with a loss determined), 300,000 decisions, over six years. */
    private static void generate() throws SQLException {
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            long start = System.nanoTime();
            String enterprises = "(SELECT array_agg(id ORDER BY id) ids, array_agg(code ORDER BY id) codes, count(*)::int n FROM enterprise) e";
            sql.execute("INSERT INTO clue (id, ledger_no, numbering_enterprise_id, ledger_year, ledger_seq, enterprise_id, "
                    + "owner_enterprise_id, source, received_on, registered_on, registered_by, summary, status, level) "
                    + "SELECT nextval('clue_seq'), e.codes[1 + g % e.n] || '-ST-' || (1980 + g % 10) || '-' || lpad(g::text, 7, '0'), "
                    + "e.ids[1 + g % e.n], 1980 + g % 10, g, e.ids[1 + g % e.n], e.ids[1 + g % e.n], "
                    + "(ARRAY['REPORT','AUDIT','INSPECTION_TOUR','DISCIPLINE_TRANSFER','INTERVIEW','SELF_INSPECTION','ASSIGNED_BY_SUPERIOR','OTHER'])[1 + g % 8], "
                    + "date '2020-01-01' + (g % 2190), date '2020-01-01' + (g % 2190), 'bench', '统计基准线索' || g, "
                    + "(ARRAY['REGISTERED','CHECKING','ACCEPTED','NOT_ACCEPTED','CLOSED'])[1 + (g / 7) % 5], "
                    + "(ARRAY['GENERAL','LARGER','MAJOR',NULL])[1 + (g / 3) % 4] FROM generate_series(1, 1000000) g, " + enterprises);
            // a third of the clues suspected of a circumstance (the area bar joins them)
            sql.execute("INSERT INTO clue_circumstance (clue_id, rule_set, area, article, item) SELECT c.id, 'YB-SASAC-2020', "
                    + "(ARRAY['GROUP_CONTROL','RISK_MANAGEMENT','PURCHASE_SALES','CONSTRUCTION','FIXED_ASSET_INVESTMENT',"
                    + "'INVESTMENT_MERGER','TRANSFER','FUNDS','RESTRUCTURING','OTHER'])[1 + c.ledger_seq % 10], 7 + c.ledger_seq % 10, 1 "
                    + "FROM clue c WHERE c.registered_by = 'bench' AND c.ledger_seq % 3 = 0");
            sql.execute("INSERT INTO person (id, employee_no, name, enterprise_id, post_level) SELECT nextval('person_seq'), "
                    + "'ST' || lpad(g::text, 7, '0'), '基准' || g, e.ids[1 + g % e.n], (ARRAY['中层正职','中层副职','集团正职',NULL])[1 + g % 4] "
                    + "FROM generate_series(1, 100000) g, " + enterprises);
            sql.execute("INSERT INTO investigation (case_no, numbering_enterprise_id, case_year, case_seq, owner_enterprise_id, "
                    + "loss_enterprise_id, title, plan, status, opened_on, opened_by, concluded_on) "
                    + "SELECT 'ST-' || g, e.ids[1 + g % e.n], 1980, g, e.ids[1 + g % e.n], e.ids[1 + g % e.n], '统计基准案件' || g, '方案', "
                    + "CASE WHEN g % 2 = 0 THEN 'CONCLUDED' ELSE 'IN_PROGRESS' END, date '2020-01-01' + (g % 2100), 'bench', "
                    + "CASE WHEN g % 2 = 0 THEN date '2020-01-01' + (g % 2100) + (g % 300) END FROM generate_series(1, 100000) g, " + enterprises);
            sql.execute("INSERT INTO loss_determination (investigation_id, determination_date, counted_amount, level, determined_at) "
                    + "SELECT i.id, i.opened_on + 30, 10000 + (i.case_seq % 1000) * 1000, (ARRAY['GENERAL','LARGER','MAJOR'])[1 + i.case_seq % 3], now() "
                    + "FROM investigation i WHERE i.opened_by = 'bench' AND i.case_seq % 2 = 0");
            sql.execute("INSERT INTO decision (decision_no, numbering_enterprise_id, decision_year, decision_seq, investigation_id, "
                    + "owner_enterprise_id, person_id, person_enterprise_id, employee_no, person_name, responsibility, loss_level, rule_set, "
                    + "determination_date, outcome, measures, legal_basis, facts, deviation, status, proposed_by, proposed_at, "
                    + "legal_reviewed_on, approved_by, approved_on) "
                    + "SELECT 'STD-' || i.case_seq || '-' || j, i.owner_enterprise_id, 1980, i.case_seq * 3 + j, i.id, i.owner_enterprise_id, "
                    + "p.ids[1 + (i.case_seq * 3 + j) % p.n], i.owner_enterprise_id, 'ST', '基准人员', "
                    + "(ARRAY['DIRECT','SUPERVISORY','LEADERSHIP'])[1 + j], 'GENERAL', 'bench', i.opened_on + 40, "
                    + "(ARRAY['STANDARD','LIGHTER','HEAVIER'])[1 + i.case_seq % 3], "
                    + "(ARRAY['ADMONISHMENT','CIRCULATED_CRITICISM,TRANSFER','DEMOTION'])[1 + (i.case_seq + j) % 3], 'M§', '事实', 'WITHIN', "
                    + "'APPROVED', 'bench', now(), i.opened_on + 45, 'bench', i.opened_on + 50 "
                    + "FROM investigation i, generate_series(0, 2) j, "
                    + "(SELECT array_agg(id ORDER BY id) ids, count(*)::int n FROM person WHERE employee_no LIKE 'ST%') p "
                    + "WHERE i.opened_by = 'bench'");
            for (String table : List.of("clue", "clue_circumstance", "person", "investigation", "loss_determination", "decision")) {
                sql.execute("VACUUM (ANALYZE) " + table);
            }
            System.out.printf("generated 1,000,000 clues, 100,000 cases, 300,000 decisions in %.1f s%n",
                    (System.nanoTime() - start) / 1e9);
        }
    }

    private static double p(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * percentile / 100.0) - 1) / 1e6;
    }
}
