package com.soegroup.accountability.bench;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.BenchData;
import com.soegroup.accountability.testsupport.Database;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark, not a timed test (runs only with -Dannual.bench=true, alone: it leaves a million clues, 100,000 cases
 * and 300,000 decisions behind): times the annual report of the whole group for 2024 — {@code GET
 * /annual-reports/{no}}, which reads the statistics for the year and the year before and this area's own
 * aggregates, and the PDF with its charts — beside the raw SQL of the same aggregates for both years run from the
 * test, and prints p50 and p95. The bar: ≤ 5 s. Printed, met or not; it fails nothing.
 * <pre>./mvnw -B -ntp -pl ear -am verify -Dit.test=AnnualBenchmarkIT -Dannual.bench=true -Dtest=NONE
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dit.port.offset=300 -Dit.management.port=10290</pre>
 */
class AnnualBenchmarkIT extends ApplicationIT {

    private static final int ROUNDS = 10;
    private static final int WARM_UP = 3;
    private static final int YEAR = 2024;

    /** The statistics' aggregates of a year (as statistics.StatisticsRepository runs them, for the group's office). */
    private static final List<String> RAW = List.of(
            "SELECT GROUPING(x.source), GROUPING(x.level), GROUPING(x.status), x.source, x.level, x.status, x.child, count(*) "
                    + "FROM (SELECT c.source, c.level, c.status, split_part(substr(o.path, 4), '/', 1) AS child FROM clue c "
                    + "JOIN enterprise o ON o.id = c.owner_enterprise_id WHERE o.path LIKE '/1/%' AND c.received_on BETWEEN ? AND ?) x "
                    + "GROUP BY GROUPING SETS ((x.source), (x.level), (x.status), (x.child))",
            "SELECT split_part(substr(o.path, 4), '/', 1), i.opened_on, i.concluded_on, count(*) FROM investigation i "
                    + "JOIN enterprise o ON o.id = i.owner_enterprise_id WHERE o.path LIKE '/1/%' AND i.concluded_on BETWEEN ? AND ? GROUP BY 1, 2, 3",
            "SELECT date_trunc('month', i.opened_on), count(*) FROM investigation i JOIN enterprise o ON o.id = i.owner_enterprise_id "
                    + "WHERE o.path LIKE '/1/%' AND i.opened_on BETWEEN ? AND ? GROUP BY 1",
            "SELECT GROUPING(x.level), x.level, x.child, count(*), sum(x.counted_amount) FROM (SELECT l.level, l.counted_amount, "
                    + "split_part(substr(o.path, 4), '/', 1) AS child FROM loss_determination l JOIN investigation i ON i.id = l.investigation_id "
                    + "JOIN enterprise o ON o.id = i.owner_enterprise_id WHERE o.path LIKE '/1/%' AND l.determination_date BETWEEN ? AND ?) x "
                    + "GROUP BY GROUPING SETS ((x.level), (x.child))",
            "SELECT GROUPING(x.responsibility), x.responsibility, x.post_level, count(*) FROM (SELECT d.responsibility, p.post_level "
                    + "FROM decision d JOIN enterprise o ON o.id = d.owner_enterprise_id LEFT JOIN person p ON p.id = d.person_id "
                    + "WHERE o.path LIKE '/1/%' AND d.approved_on BETWEEN ? AND ? AND d.status IN ('APPROVED', 'EFFECTIVE', 'EXECUTED') "
                    + "AND d.outcome <> 'EXEMPTED') x GROUP BY GROUPING SETS ((x.responsibility), (x.post_level))",
            "SELECT trim(m.code), count(*) FROM decision d JOIN enterprise o ON o.id = d.owner_enterprise_id "
                    + "CROSS JOIN LATERAL unnest(string_to_array(d.measures, ',')) AS m(code) WHERE o.path LIKE '/1/%' "
                    + "AND d.approved_on BETWEEN ? AND ? AND d.status IN ('APPROVED', 'EFFECTIVE', 'EXECUTED') AND d.outcome <> 'EXEMPTED' GROUP BY 1",
            "SELECT coalesce(sum(v.amount), 0) FROM recovery_event v JOIN investigation i ON i.id = v.investigation_id "
                    + "JOIN enterprise o ON o.id = i.owner_enterprise_id WHERE o.path LIKE '/1/%' AND v.recovered_on BETWEEN ? AND ?");

    @Test
    void theAnnualReportOverAMillionClues() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("annual.bench"), "benchmark: run with -Dannual.bench=true");
        BenchData.generate();
        Api.Reply created = Api.as("office").post("/annual-reports", "{\"year\": " + YEAR + ", \"enterprise\": \"YBJT\"}");
        String no = created.status() == 201 ? created.json().getString("reportNo")
                : Api.as("office").get("/annual-reports?year=" + YEAR).parse().asJsonArray().getJsonObject(0).getString("reportNo");
        List<Long> api = new ArrayList<>();
        List<Long> pdf = new ArrayList<>();
        List<Long> raw = new ArrayList<>();
        try (Connection db = Database.connect()) {
            for (int i = 0; i < ROUNDS + WARM_UP; i++) {
                boolean counted = i >= WARM_UP;
                long t = System.nanoTime();
                Api.Reply reply = Api.as("office").get("/annual-reports/" + no);
                long elapsed = System.nanoTime() - t;
                assertEquals(200, reply.status(), reply::toString);
                t = System.nanoTime();
                int pdfStatus = Api.as("office").download("/annual-reports/" + no + "/document.pdf").statusCode();
                long pdfElapsed = System.nanoTime() - t;
                assertEquals(200, pdfStatus);
                t = System.nanoTime();
                for (int year = YEAR - 1; year <= YEAR; year++) {
                    for (String sql : RAW) {
                        try (PreparedStatement q = db.prepareStatement(sql)) {
                            q.setObject(1, LocalDate.of(year, 1, 1));
                            q.setObject(2, LocalDate.of(year, 12, 31));
                            try (ResultSet r = q.executeQuery()) {
                                while (r.next()) {
                                    r.getObject(1);
                                }
                            }
                        }
                    }
                }
                if (counted) {
                    api.add(elapsed);
                    pdf.add(pdfElapsed);
                    raw.add(System.nanoTime() - t);
                }
            }
        }
        System.out.printf("Annual report of the whole group for %d beside %d, %d rounds after %d warm-ups, p50 / p95 (ms):%n",
                YEAR, YEAR - 1, ROUNDS, WARM_UP);
        System.out.printf("  GET /annual-reports/{no} (HTTP, sign-in included): %.1f / %.1f   (bar ≤ 5000 ms)%n", p(api, 50), p(api, 95));
        System.out.printf("  GET …/document.pdf with its charts: %.1f / %.1f%n", p(pdf, 50), p(pdf, 95));
        System.out.printf("  raw SQL of the same aggregates, both years: %.1f / %.1f   ratio p95 %.2f%n", p(raw, 50), p(raw, 95),
                p(api, 95) / p(raw, 95));
    }

    private static double p(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * percentile / 100.0) - 1) / 1e6;
    }
}
