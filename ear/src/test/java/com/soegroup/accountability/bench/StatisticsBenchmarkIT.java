package com.soegroup.accountability.bench;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.BenchData;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.FacesClient;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /**
     * What the service reads now for the same figures: clues and people from the counts kept per month (stat_month,
     * V58), the rest from the records as above.
     */
    private static final List<String> KEPT = List.of(
            "SELECT s.source, s.dim, s.value, split_part(substr(o.path, 4), '/', 1), sum(s.n) FROM stat_month s "
                    + "JOIN enterprise o ON o.id = s.enterprise_id WHERE o.path LIKE '/1/%' AND s.month BETWEEN ? AND ? GROUP BY 1, 2, 3, 4",
            "SELECT s.source, s.month, sum(s.n) FILTER (WHERE s.month >= CAST(? AS date)), sum(s.n) FILTER (WHERE s.month <= CAST(? AS date)) "
                    + "FROM stat_month s JOIN enterprise o ON o.id = s.enterprise_id WHERE o.path LIKE '/1/%' AND s.dim IN ('source', 'responsibility') "
                    + "AND s.month BETWEEN CAST(? AS date) AND CAST(? AS date) GROUP BY 1, 2",
            RAW.get(2), RAW.get(3), RAW.get(4), RAW.get(6), RAW.get(7), RAW.get(8), RAW.get(12), RAW.get(13), RAW.get(14));

    private static String month(String from, String date, String amount) {
        return "SELECT date_trunc('month', x.d), sum(x.n) FILTER (WHERE x.d >= CAST(? AS date)), "
                + "sum(x.n) FILTER (WHERE x.d <= CAST(? AS date)), sum(x.a) FROM (SELECT " + date + " AS d, count(*) AS n, sum("
                + amount + ") AS a FROM " + from + " WHERE o.path LIKE '/1/%' AND " + date
                + " BETWEEN CAST(? AS date) AND CAST(? AS date) GROUP BY 1) x GROUP BY 1";
    }

    @Test
    void theDashboardOverAMillionClues() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("statistics.bench"), "benchmark: run with -Dstatistics.bench=true");
        BenchData.generate();
        List<Long> page = new ArrayList<>();
        List<Long> casesList = new ArrayList<>();
        List<Long> decisionsList = new ArrayList<>();
        List<Long> raw = new ArrayList<>();
        List<Long> kept = new ArrayList<>();
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
                long rawElapsed = run(db, RAW);
                long keptElapsed = run(db, KEPT);
                if (counted) {
                    raw.add(rawElapsed);
                    kept.add(keptElapsed);
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
        System.out.printf("  raw SQL of the same aggregates over the records: %.1f / %.1f   ratio p95 %.2f (bar ≤ 2)%n", p(raw, 50),
                p(raw, 95), p(page, 95) / p(raw, 95));
        System.out.printf("  raw SQL of what the service reads (kept monthly counts + the other records): %.1f / %.1f   ratio p95 %.2f%n",
                p(kept, 50), p(kept, 95), p(page, 95) / p(kept, 95));
        System.out.printf("  list behind 'cases concluded' (page, HTTP): %.1f / %.1f   (bar ≤ 200 ms p95)%n", p(casesList, 50), p(casesList, 95));
        System.out.printf("  list behind 'admonishment' (page, HTTP): %.1f / %.1f   (bar ≤ 200 ms p95)%n", p(decisionsList, 50),
                p(decisionsList, 95));
    }

    /** Runs the statements with the benchmark's period (and the year before, for the monthly ones): nanoseconds. */
    private static long run(Connection db, List<String> statements) throws SQLException {
        long t = System.nanoTime();
        for (String sql : statements) {
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
        return System.nanoTime() - t;
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

    private static double p(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * percentile / 100.0) - 1) / 1e6;
    }
}
