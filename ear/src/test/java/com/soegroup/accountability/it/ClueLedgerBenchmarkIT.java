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
 * through the application (GET /clues as the office: scope, recusal, count, audit) and as the raw SQL of the
 * same two queries (page and count), and prints both p95s.
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
            sql.execute("ANALYZE clue");
            System.out.printf("generated 1,000,000 clues in %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
        String query = "/clues?enterprise=YBJS&status=CHECKING&from=2023-01-01&to=2024-06-30&size=50";
        List<Long> service = new ArrayList<>();
        for (int i = 0; i < ROUNDS + 10; i++) {
            long t = System.nanoTime();
            Api.Reply reply = Api.as("office").get(query);
            long elapsed = System.nanoTime() - t;
            assertEquals(200, reply.status(), reply::toString);
            if (i >= 10) {
                service.add(elapsed);
            }
        }
        // what any request costs before the ledger: BASIC sign-in against LDAP, the container, JSON
        List<Long> baseline = new ArrayList<>();
        for (int i = 0; i < ROUNDS + 10; i++) {
            long t = System.nanoTime();
            assertEquals(200, Api.as("office").get("/me").status());
            if (i >= 10) {
                baseline.add(System.nanoTime() - t);
            }
        }
        // the ledger's own path on a filter that matches nothing: everything but the database's work
        List<Long> empty = new ArrayList<>();
        for (int i = 0; i < ROUNDS + 10; i++) {
            long t = System.nanoTime();
            assertEquals(200, Api.as("office").get("/clues?enterprise=YBJS&status=CHECKING&from=1990-01-01&to=1990-01-02&size=50").status());
            if (i >= 10) {
                empty.add(System.nanoTime() - t);
            }
        }
        List<Long> raw = new ArrayList<>();
        try (Connection db = Database.connect();
             PreparedStatement page = db.prepareStatement("SELECT c.* FROM clue c JOIN enterprise o ON o.id = c.owner_enterprise_id "
                     + "JOIN enterprise e ON e.id = c.enterprise_id WHERE o.path LIKE ? AND NOT EXISTS (SELECT 1 FROM involved_person i "
                     + "WHERE i.object_type = 'CLUE' AND i.object_id = c.id AND i.person_id = ?) AND o.path LIKE ? AND c.status IN ('CHECKING') "
                     + "AND c.received_on >= ? AND c.received_on <= ? ORDER BY c.received_on DESC, c.id DESC LIMIT 50");
             PreparedStatement count = db.prepareStatement("SELECT count(*) FROM clue c JOIN enterprise o ON o.id = c.owner_enterprise_id "
                     + "WHERE o.path LIKE ? AND NOT EXISTS (SELECT 1 FROM involved_person i WHERE i.object_type = 'CLUE' "
                     + "AND i.object_id = c.id AND i.person_id = ?) AND o.path LIKE ? AND c.status IN ('CHECKING') "
                     + "AND c.received_on >= ? AND c.received_on <= ?")) {
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
            for (PreparedStatement p : List.of(page, count)) {
                p.setString(1, root);
                p.setLong(2, person);
                p.setString(3, under);
                p.setDate(4, java.sql.Date.valueOf("2023-01-01"));
                p.setDate(5, java.sql.Date.valueOf("2024-06-30"));
            }
            for (int i = 0; i < ROUNDS + 10; i++) {
                long t = System.nanoTime();
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        rows.getString("ledger_no");
                    }
                }
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                }
                long elapsed = System.nanoTime() - t;
                if (i >= 10) {
                    raw.add(elapsed);
                }
            }
        }
        double serviceP95 = p95(service);
        double rawP95 = p95(raw);
        System.out.printf("page of 50 (YBJS subtree, CHECKING, 2023-01-01..2024-06-30) over 1,000,000 clues, %d rounds:%n", ROUNDS);
        System.out.printf("  through the application (HTTP, scope, recusal, count, audit): p95 %.1f ms%n", serviceP95);
        System.out.printf("  raw SQL of the same page and count queries:                   p95 %.1f ms%n", rawP95);
        System.out.printf("  GET /me, the cost of any signed-in request:                   p95 %.1f ms%n", p95(baseline));
        System.out.printf("  the same ledger request matching nothing:                     p95 %.1f ms%n", p95(empty));
        System.out.printf("  ratio %.2f (target ≤ 1.5, and ≤ 100 ms)%n", serviceP95 / rawP95);
    }

    private static double p95(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6;
    }
}
