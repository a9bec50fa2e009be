package com.soegroup.accountability.it;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Database;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark, not a timed test (runs only with -Dclue.bench=true, alone: it leaves a million rows behind):
 * generates 1,000,000 clues on PostgreSQL, then times a page of 50 filtered by subtree + status + date range
 * through the application (GET /clues as the office with BASIC on every request, as another system calls it:
 * sign-in, scope, recusal, count, audit) and as the raw SQL of the statements the application sends for it,
 * and prints p50 and p95 of both, their ratio, and two baselines (GET /me; the ledger request matching nothing).
 * <pre>./mvnw -B -ntp verify -Dit.test=ClueLedgerBenchmarkIT -Dclue.bench=true -Dit.port.offset=400 -Dit.management.port=10390</pre>
 */
class ClueLedgerBenchmarkIT extends ApplicationIT {

    private static final int ROUNDS = 200;

    @Test
    void aFilteredPageOfAMillionClues() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("clue.bench"), "benchmark: run with -Dclue.bench=true");
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            long start = System.nanoTime();
            sql.execute("INSERT INTO clue (id, ledger_no, numbering_enterprise_id, ledger_year, ledger_seq, enterprise_id, "
                    + "owner_enterprise_id, source, received_on, registered_on, registered_by, summary, possible_loss, status) "
                    + "SELECT nextval('clue_seq'), e.codes[k] || '-XS-' || (2000 + g % 10) || '-' || lpad(g::text, 7, '0'), e.ids[k], "
                    + "2000 + g % 10, g, e.ids[k], e.ids[k], "
                    + "(ARRAY['REPORT','AUDIT','INSPECTION_TOUR','DISCIPLINE_TRANSFER','INTERVIEW','SELF_INSPECTION','ASSIGNED_BY_SUPERIOR','OTHER'])[1 + g % 8], "
                    + "date '2020-01-01' + (g % 2190), date '2020-01-01' + (g % 2190), 'bench', '基准测试线索 ' || g, (g % 100000) * 100.00, "
                    + "(ARRAY['REGISTERED','CHECKING','ACCEPTED','NOT_ACCEPTED','TRANSFERRED','MERGED','OUT_OF_SCOPE','CLOSED'])[1 + (g / 7) % 8] "
                    + "FROM generate_series(1, 1000000) g, "
                    + "(SELECT array_agg(id ORDER BY id) ids, array_agg(code ORDER BY id) codes, count(*)::int n FROM enterprise) e, "
                    + "LATERAL (SELECT 1 + g % e.n AS k) kk");
            // what autovacuum does within a minute of such a load: statistics, and pages marked all-visible, so
            // that index-only scans need not visit the table (both sides of the comparison profit alike)
            sql.execute("VACUUM (ANALYZE) clue");
            System.out.printf("generated 1,000,000 clues in %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
        String query = "/clues?enterprise=YBJS&status=CHECKING&from=2023-01-01&to=2024-06-30&size=50";
        // what any request costs before the ledger: BASIC sign-in, the container, JSON
        String me = "/me";
        // the ledger's own path on a filter that matches nothing: everything but the database's work on rows
        String nothing = "/clues?enterprise=YBJS&status=CHECKING&from=1990-01-01&to=1990-01-02&size=50";
        List<Long> service = new ArrayList<>();
        List<Long> baseline = new ArrayList<>();
        List<Long> empty = new ArrayList<>();
        List<Long> raw = new ArrayList<>();
        String loadBefore = loadAverage();
        // The statements the application sends for this page, as Hibernate writes them (the id list bound as one
        // array instead of one parameter per id): the page's ids, their lines with both enterprises' names, the
        // persons' names and the count. What the application adds is everything else: HTTP, sign-in, scope,
        // JSON, the audit entry.
        String filter = "WHERE o.path LIKE ? AND c.id NOT IN (SELECT i.object_id FROM involved_person i WHERE i.object_type = ? "
                + "AND i.person_id = ?) AND o.path LIKE ? AND c.status IN (?) AND c.received_on >= ? AND c.received_on <= ?";
        try (Connection db = Database.connect();
             PreparedStatement ids = db.prepareStatement("SELECT c.id FROM clue c JOIN enterprise o ON o.id = c.owner_enterprise_id "
                     + filter + " ORDER BY c.received_on DESC, c.id DESC OFFSET 0 ROWS FETCH FIRST 50 ROWS ONLY");
             PreparedStatement lines = db.prepareStatement("SELECT c.id, c.ledger_no, e.code, e.full_name, o.code, o.full_name, "
                     + "c.source, c.received_on, c.registered_on, c.summary, c.possible_loss, c.level, c.status, c.handler, "
                     + "c.check_deadline, c.supervised, c.supervision_deadline, c.closed_on, c.version FROM clue c "
                     + "JOIN enterprise e ON e.id = c.enterprise_id JOIN enterprise o ON o.id = c.owner_enterprise_id "
                     + "WHERE c.id = ANY (?)");
             PreparedStatement persons = db.prepareStatement("SELECT p.clue_id, p.name FROM clue_person p "
                     + "WHERE p.clue_id = ANY (?) ORDER BY p.id");
             PreparedStatement count = db.prepareStatement("SELECT count(c.id) FROM clue c JOIN enterprise o ON o.id = c.owner_enterprise_id "
                     + filter)) {
            String root;
            String under;
            long person;
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT (SELECT path FROM enterprise WHERE code = 'YBJT'), "
                    + "(SELECT path FROM enterprise WHERE code = 'YBJS'), (SELECT id FROM person WHERE ldap_user_id = 'office')")) {
                r.next();
                root = r.getString(1) + "%";
                under = r.getString(2) + "%";
                person = r.getLong(3);
            }
            for (PreparedStatement p : List.of(ids, count)) {
                p.setString(1, root);
                p.setString(2, "CLUE");
                p.setLong(3, person);
                p.setString(4, under);
                p.setString(5, "CHECKING");
                p.setDate(6, java.sql.Date.valueOf("2023-01-01"));
                p.setDate(7, java.sql.Date.valueOf("2024-06-30"));
            }
            // Round by round, all four one after the other, so that each sees the same machine: on a shared build
            // machine the load changes within seconds, and measured one after the other they would not compare.
            for (int i = 0; i < ROUNDS + 10; i++) {
                boolean counted = i >= 10;
                long t = System.nanoTime();
                Api.Reply reply = Api.as("office").get(query);
                long elapsed = System.nanoTime() - t;
                assertEquals(200, reply.status(), reply::toString);
                record(service, counted, elapsed);

                t = System.nanoTime();
                assertEquals(200, Api.as("office").get(me).status());
                record(baseline, counted, System.nanoTime() - t);

                t = System.nanoTime();
                assertEquals(200, Api.as("office").get(nothing).status());
                record(empty, counted, System.nanoTime() - t);

                t = System.nanoTime();
                List<Long> page = new ArrayList<>();
                try (ResultSet rows = ids.executeQuery()) {
                    while (rows.next()) {
                        page.add(rows.getLong(1));
                    }
                }
                java.sql.Array idArray = db.createArrayOf("bigint", page.toArray());
                lines.setArray(1, idArray);
                try (ResultSet rows = lines.executeQuery()) {
                    while (rows.next()) {
                        rows.getString(2);
                    }
                }
                persons.setArray(1, idArray);
                try (ResultSet rows = persons.executeQuery()) {
                    while (rows.next()) {
                        rows.getString(2);
                    }
                }
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                }
                record(raw, counted, System.nanoTime() - t);
                assertEquals(50, page.size());
            }
        }
        System.out.printf("page of 50 (YBJS subtree, CHECKING, 2023-01-01..2024-06-30) over 1,000,000 clues, %d rounds, p50 / p95:%n", ROUNDS);
        System.out.printf("  through the application (HTTP, sign-in, scope, recusal, count, audit): %6.1f / %6.1f ms%n", p(service, 50), p(service, 95));
        System.out.printf("  raw SQL of the same statements (ids, lines, persons, count):          %6.1f / %6.1f ms%n", p(raw, 50), p(raw, 95));
        System.out.printf("  GET /me, the cost of any signed-in request:                           %6.1f / %6.1f ms%n", p(baseline, 50), p(baseline, 95));
        System.out.printf("  the same ledger request matching nothing:                             %6.1f / %6.1f ms%n", p(empty, 50), p(empty, 95));
        System.out.printf("  p95 application / raw SQL: %.2f (target ≤ 1.5), application p95 %.1f ms (target ≤ 100)%n",
                p(service, 95) / p(raw, 95), p(service, 95));
        // the figures mean little without it: the build machine is shared
        System.out.printf("  load average (1, 5, 15 min) before: %s, after: %s, on %d processors%n", loadBefore, loadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void record(List<Long> times, boolean counted, long nanos) {
        if (counted) {
            times.add(nanos);
        }
    }

    /** The nearest-rank percentile, in milliseconds. */
    private static double p(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * percentile / 100.0) - 1) / 1e6;
    }
}
