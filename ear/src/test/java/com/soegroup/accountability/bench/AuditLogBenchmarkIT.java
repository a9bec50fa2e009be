package com.soegroup.accountability.bench;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Stack;
import com.soegroup.accountability.testsupport.TestEnvironment;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark, not a timed test (runs only with -Daudit.bench=true, alone: it leaves a million entries behind, which
 * the sealer then chains): appends 1,000,000 entries to the audit log, about records of the demo group as the areas
 * write them (clues, cases, decisions, people, list reads, sign-ins), then times pages of the log through the API
 * as ADMIN (every entry) and as the demo auditor of a subsidiary (only what their scope holds: each entry about a
 * record is checked against it), and prints p50 and p95 of each.
 * <pre>./mvnw -B -ntp -pl ear -am verify -Dit.test=AuditLogBenchmarkIT -Daudit.bench=true -Dtest=NONE
 *     -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class AuditLogBenchmarkIT extends ApplicationIT {

    private static final int ROUNDS = 30;
    private static final int WARM_UP = 10;

    @Test
    void pagesOfAMillionEntries() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("audit.bench"), "benchmark: run with -Daudit.bench=true");
        // as the database's superuser, in one statement: entries that the sealer then chains like any other
        try (Connection admin = DriverManager.getConnection(TestEnvironment.stack().postgres().jdbcUrl(Stack.DATABASE), "postgres", "");
             Statement sql = admin.createStatement()) {
            long start = System.nanoTime();
            sql.execute("WITH clues AS (SELECT array_agg(ledger_no) a FROM clue), cases AS (SELECT array_agg(case_no) a FROM investigation), "
                    + "decisions AS (SELECT array_agg(decision_no) a FROM decision), people AS (SELECT array_agg(employee_no) a FROM person), "
                    + "entries AS (INSERT INTO audit_entry (seq, occurred_at, user_id, roles, action, object_type, object_id, details) "
                    + "SELECT nextval('audit_entry_seq'), now() - (1000000 - g) * interval '30 seconds', 'office', 'OFFICE', "
                    + "CASE WHEN g % 20 < 12 THEN 'READ' WHEN g % 20 < 14 THEN 'SIGN_IN' ELSE 'UPDATE' END, "
                    + "CASE WHEN g % 20 < 8 THEN 'CLUE' WHEN g % 20 < 10 THEN 'CLUE_LEDGER' WHEN g % 20 < 12 THEN 'INVESTIGATION' "
                    + "WHEN g % 20 < 14 THEN NULL WHEN g % 20 < 16 THEN 'PERSON' WHEN g % 20 < 18 THEN 'DECISION' ELSE 'CLUE' END, "
                    + "CASE WHEN g % 20 < 8 OR g % 20 >= 18 THEN clues.a[1 + g % cardinality(clues.a)] "
                    + "WHEN g % 20 < 10 OR g % 20 >= 12 AND g % 20 < 14 THEN NULL "
                    + "WHEN g % 20 < 12 THEN cases.a[1 + g % cardinality(cases.a)] || CASE WHEN g % 3 = 0 THEN ':' || g ELSE '' END "
                    + "WHEN g % 20 < 16 THEN people.a[1 + g % cardinality(people.a)] ELSE decisions.a[1 + g % cardinality(decisions.a)] END, "
                    + "'{\"facts\":{\"filter\":\"enterprise=YBJS\"}}' "
                    + "FROM generate_series(1, 1000000) g, clues, cases, decisions, people RETURNING seq, occurred_at) "
                    + "INSERT INTO audit_pending (seq, occurred_at) SELECT seq, occurred_at FROM entries");
            sql.execute("VACUUM (ANALYZE) audit_entry");
            System.out.printf("appended 1,000,000 audit entries in %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
        String[][] cases = {
                {"admin", "/audit?size=50", "ADMIN, newest page"},
                {"auditor", "/audit?size=50", "auditor of YBNY, newest page"},
                {"auditor", "/audit?size=50&objectType=CLUE", "auditor of YBNY, clues only"},
                {"auditor", "/audit?size=50&page=100", "auditor of YBNY, page 101"},
                {"auditor", "/audit?size=50&from=" + LocalDate.now().minusDays(30), "auditor of YBNY, last 30 days"},
        };
        System.out.printf("pages of 50 over %,d audit entries through GET /audit, %d rounds after %d, p50 / p95, total:%n",
                1_000_000, ROUNDS, WARM_UP);
        for (String[] c : cases) {
            time(c);
        }
        // the same auditor moved to the group (an ADMIN override): involved in nothing, they read every entry
        assertEquals(200, Api.as("admin").put("/scopes/auditor", "{\"homeEnterprise\": \"YBJT\"}").status());
        try {
            time(new String[] {"auditor", "/audit?size=50", "auditor of the group, newest page"});
        } finally {
            Api.as("admin").delete("/scopes/auditor");
        }
    }

    /** Times one case: who, what address, its label; prints p50 / p95 and the total the answer gave. */
    private static void time(String[] c) {
        List<Long> times = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < ROUNDS + WARM_UP; i++) {
            long t = System.nanoTime();
            Api.Reply reply = Api.as(c[0]).get(c[1]);
            long elapsed = System.nanoTime() - t;
            assertEquals(200, reply.status(), reply::toString);
            total = reply.json().getJsonNumber("total").longValue();
            if (i >= WARM_UP) {
                times.add(elapsed);
            }
        }
        System.out.printf("  %-34s %8.1f / %8.1f ms  (%,d entries)%n", c[2], p(times, 50), p(times, 95), total);
    }

    /** The nearest-rank percentile, in milliseconds. */
    private static double p(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * percentile / 100.0) - 1) / 1e6;
    }
}
