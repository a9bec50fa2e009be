package com.soegroup.accountability.bench;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.TestEnvironment;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark, not a timed test (runs only with -Dclue.bench=true, alone: it leaves a million rows behind):
 * generates 1,000,000 clues on PostgreSQL, then times a page of 50 filtered by subtree + status + date range
 * through the service and as the raw SQL of the same statements, and prints p50 and p95 of each and the ratios.
 * It prints the figures against the bar and fails on none of them: the service's p95 at most {@value #BAR_MILLIS}
 * ms and at most {@value #BAR_RATIO} × the p95 of the raw SQL of every statement the call sends (the audit entry
 * and the scope included).
 * <p>
 * "Through the service" is the time the server spends in the resource method of {@code GET /clues}, read from
 * the {@code Server-Timing} header of each answer (api.ServerTiming, on in the tests through
 * {@code acc.app.serverTiming}): ClueLedgerService.search with its transaction — scope, recusal, the page's ids, its
 * lines with the persons' names, the count, the audit entry of the read, the commit. The whole HTTP request (BASIC
 * with the cached sign-in, role check, JSON, the client) is printed beside it. The raw SQL is timed twice: the
 * statements of the query alone (ids, lines, count), and every statement the service call sends, as the bar asks
 * (the pool's check of the connection, the scope's query, the filter's enterprise, the query's three and the audit
 * entry's append) in one transaction, rolled back instead of committed so that the audit chain stays intact (the
 * database runs with fsync off: a commit costs it no more than a rollback).
 * With -Dclue.bench.statements=true it also prints, from PostgreSQL's log over 100 calls, each statement of the
 * service call with the mean time since the previous one (the server's work between them) and in the database.
 * <pre>./mvnw -B -ntp -pl ear -am verify -Dit.test=ClueLedgerBenchmarkIT -Dclue.bench=true -Dtest=NONE
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dit.port.offset=400 -Dit.management.port=10390</pre>
 */
class ClueLedgerBenchmarkIT extends ApplicationIT {

    /** The bar: the service's p95 at most this many milliseconds… */
    private static final int BAR_MILLIS = 100;
    /** …and at most this many times the p95 of the raw SQL of every statement the call sends. */
    private static final double BAR_RATIO = 2.5;
    private static final int ROUNDS = 200;
    /**
     * Rounds not counted: the server's JIT compiles the service path (Hibernate's query plans, the EJB and JAX-RS
     * interceptors) only after some thousand calls; before that, and while its compiler threads take one of the two
     * cores, the figures are those of an interpreter.
     */
    private static final int WARM_UP = 1000;
    private static final Pattern LOGGED = Pattern.compile(
            "^\\S+ (\\S+) \\S+ \\[\\d+\\] LOG:  duration: ([0-9.]+) ms  (?:(?:parse|bind) [^:]*|(execute [^:]*|statement)): (.*)$");
    private static final Pattern APP_TIMING = Pattern.compile("(?:^|,)\\s*app;dur=([0-9.]+)");
    private static final Pattern CPU_TIMING = Pattern.compile("(?:^|,)\\s*cpu;dur=([0-9.]+)");

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
        List<Long> service = new ArrayList<>();
        List<Long> serviceCpu = new ArrayList<>();
        List<Long> http = new ArrayList<>();
        List<Long> raw = new ArrayList<>();
        List<Long> rawAll = new ArrayList<>();
        String loadBefore = loadAverage();
        // The statements the application sends for this page (the id list bound as one array): the page's ids, their lines with both enterprises' and the persons' names, and the count.
        String filter = "WHERE o.path LIKE ? AND c.id NOT IN (SELECT i.object_id FROM involved_person i WHERE i.object_type = ? "
                + "AND i.person_id = ?) AND o.path LIKE ? AND c.status = ? AND c.received_on >= ? AND c.received_on <= ?";
        try (Connection db = Database.connect();
             Connection tx = Database.connect();
             PreparedStatement ids = db.prepareStatement("SELECT c.id FROM clue c JOIN enterprise o ON o.id = c.owner_enterprise_id "
                     + filter + " ORDER BY c.received_on DESC, c.id DESC OFFSET 0 ROWS FETCH FIRST 50 ROWS ONLY");
             PreparedStatement lines = db.prepareStatement(LINES);
             PreparedStatement count = db.prepareStatement("SELECT count(c.id) FROM clue c JOIN enterprise o ON o.id = c.owner_enterprise_id "
                     + filter);
             Statements all = new Statements(tx, filter)) {
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
                bindFilter(p, root, person, under);
            }
            // Round by round, one after the other, so that each sees the same machine: on a shared build machine
            // the load changes within seconds, and measured one after the other they would not compare.
            for (int i = 0; i < ROUNDS + WARM_UP; i++) {
                boolean counted = i >= WARM_UP;
                long t = System.nanoTime();
                Api.Reply reply = Api.as("office").get(query);
                long elapsed = System.nanoTime() - t;
                assertEquals(200, reply.status(), reply::toString);
                record(http, counted, elapsed);
                record(service, counted, timing(APP_TIMING, reply.header("Server-Timing")));
                record(serviceCpu, counted, timing(CPU_TIMING, reply.header("Server-Timing")));

                t = System.nanoTime();
                int shown = readPage(db, ids, lines, count);
                record(raw, counted, System.nanoTime() - t);
                assertEquals(50, shown);

                t = System.nanoTime();
                assertEquals(50, all.run());
                record(rawAll, counted, System.nanoTime() - t);
            }
        }
        if (Boolean.getBoolean("clue.bench.statements")) {
            printStatementsOfCalls(query, 100);
        }
        System.out.printf("page of 50 (YBJS subtree, CHECKING, 2023-01-01..2024-06-30, 8,446 matching) over 1,000,000 clues, "
                + "%d rounds after %d to warm up, p50 / p95:%n", ROUNDS, WARM_UP);
        figure("service (Server-Timing: ClueLedgerService.search, its transaction and commit)", p(service, 50), p(service, 95));
        figure("of it, the server thread's processor time (Server-Timing cpu)", p(serviceCpu, 50), p(serviceCpu, 95));
        figure("whole HTTP request (client, BASIC cached sign-in, role check, JSON)", p(http, 50), p(http, 95));
        figure("raw SQL of the query (ids, lines with names, count)", p(raw, 50), p(raw, 95));
        figure("raw SQL of every statement of the call (+ check, scope, enterprise, audit; 1 tx)", p(rawAll, 50), p(rawAll, 95));
        // the tails tell apart work the service adds on every call from waiting on a busy machine
        System.out.println("  percentile   service   of it cpu   raw query   raw every statement (ms)");
        for (int q : new int[] {10, 25, 50, 75, 90, 95, 99}) {
            System.out.printf("  p%-10d %8.2f %11.2f %11.2f %11.2f%n", q, p(service, q), p(serviceCpu, q), p(raw, q), p(rawAll, q));
        }
        double service95 = p(service, 95);
        double every95 = p(rawAll, 95);
        System.out.printf("  the bar: service p95 ≤ %d ms and ≤ %.1f × the raw SQL of every statement the call sends "
                + "(connection check, scope, enterprise, ids, lines, count, audit entry), p95 against p95:%n", BAR_MILLIS, BAR_RATIO);
        System.out.printf("    service p95 %.1f ms ≤ %d ms: %s%n", service95, BAR_MILLIS, service95 <= BAR_MILLIS ? "met" : "NOT met");
        System.out.printf("    service p95 %.1f ms / raw SQL of every statement p95 %.1f ms = %.2f ≤ %.1f: %s%n", service95, every95,
                service95 / every95, BAR_RATIO, service95 / every95 <= BAR_RATIO ? "met" : "NOT met");
        System.out.printf("  other ratios: p50 service / raw SQL of every statement: %.2f; p95 service / raw SQL of the query: %.2f; "
                + "p95 HTTP / raw SQL of the query: %.2f; p50 service / raw query: %.2f%n",
                p(service, 50) / p(rawAll, 50), service95 / p(raw, 95), p(http, 95) / p(raw, 95), p(service, 50) / p(raw, 50));
        // the figures mean little without it: the build machine is shared
        System.out.printf("  load average (1, 5, 15 min) before: %s, after: %s, on %d processors%n", loadBefore, loadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static void figure(String label, double p50, double p95) {
        System.out.printf("  %-80s %6.1f / %6.1f ms%n", label + ":", p50, p95);
    }

    /** clue.LedgerRow.SELECT_BY_IDS: the page's lines with their persons' names. */
    private static final String LINES = "SELECT c.id, c.ledger_no, e.code, e.full_name, o.code, o.full_name, c.source, "
            + "c.received_on, c.registered_on, c.summary, c.possible_loss, c.level, c.status, c.handler, c.check_deadline, "
            + "c.supervised, c.supervision_deadline, c.closed_on, c.version, "
            + "ARRAY(SELECT p.name FROM clue_person p WHERE p.clue_id = c.id ORDER BY p.id) "
            + "FROM clue c JOIN enterprise e ON e.id = c.enterprise_id JOIN enterprise o ON o.id = c.owner_enterprise_id "
            + "WHERE c.id = ANY (?)";

    /** The page as the service reads it: its ids, its lines with the persons' names (ids bound as one array), the count. */
    private static int readPage(Connection connection, PreparedStatement ids, PreparedStatement lines, PreparedStatement count)
            throws SQLException {
        List<Long> page = new ArrayList<>();
        try (ResultSet rows = ids.executeQuery()) {
            while (rows.next()) {
                page.add(rows.getLong(1));
            }
        }
        Array idArray = connection.createArrayOf("bigint", page.toArray());
        lines.setArray(1, idArray);
        try (ResultSet rows = lines.executeQuery()) {
            while (rows.next()) {
                rows.getString(2);
            }
        }
        try (ResultSet rows = count.executeQuery()) {
            rows.next();
        }
        return page.size();
    }

    private static void bindFilter(PreparedStatement p, String root, long person, String under) throws SQLException {
        p.setString(1, root);
        p.setString(2, "CLUE");
        p.setLong(3, person);
        p.setString(4, under);
        p.setString(5, "CHECKING");
        p.setDate(6, Date.valueOf("2023-01-01"));
        p.setDate(7, Date.valueOf("2024-06-30"));
    }

    /**
     * Every statement the service call sends, in its order, in one transaction: the pool's check of the connection
     * it hands out (the datasource validates on match: config/datasource.cli, an empty statement), the caller's scope
     * (ADMIN's override, the home enterprise, the caller's person, in one query), the filter's enterprise within the
     * scope, the three of the query, and the audit entry's append (one statement: lock the chain's head, insert the
     * entry with its SHA-256, move the head). Rolled back: the benchmark's entries are not the application's.
     */
    private static final class Statements implements AutoCloseable {

        private final Connection tx;
        private final Statement check;
        private final PreparedStatement scope;
        private final PreparedStatement enterprise;
        private final PreparedStatement ids;
        private final PreparedStatement lines;
        private final PreparedStatement count;
        private final PreparedStatement entry;

        Statements(Connection tx, String filter) throws SQLException {
            this.tx = tx;
            tx.setAutoCommit(false);
            // IronJacamar's PostgreSQLValidConnectionChecker: execute("")
            check = tx.createStatement();
            // org.ScopeService's one query
            scope = tx.prepareStatement("SELECT h.code, h.path, (SELECT string_agg(g.code || ' ' || g.path, ',' ORDER BY g.path) "
                    + "FROM user_scope_grant sg JOIN enterprise g ON g.id = sg.enterprise_id WHERE sg.user_id = ?), "
                    + "(SELECT p.id FROM person p WHERE p.ldap_user_id = ?) FROM (SELECT 1) one LEFT JOIN user_scope u ON u.user_id = ? "
                    + "LEFT JOIN enterprise h ON h.id = COALESCE(u.home_enterprise_id, (SELECT e.id FROM enterprise e WHERE e.code = ?))");
            // org.EnterpriseRepository.pathOf: the path alone, within the scope
            enterprise = tx.prepareStatement("SELECT e.path FROM enterprise e WHERE e.code = ? AND (e.path LIKE ?)");
            ids = tx.prepareStatement("SELECT c.id FROM clue c JOIN enterprise o ON o.id = c.owner_enterprise_id "
                    + filter + " ORDER BY c.received_on DESC, c.id DESC OFFSET 0 ROWS FETCH FIRST 50 ROWS ONLY");
            lines = tx.prepareStatement(LINES);
            count = tx.prepareStatement("SELECT count(c.id) FROM clue c JOIN enterprise o ON o.id = c.owner_enterprise_id " + filter);
            // audit.AuditService.APPEND
            entry = tx.prepareStatement("WITH entry AS (INSERT INTO audit_entry (seq, occurred_at, user_id, roles, action, "
                    + "object_type, object_id, details) VALUES (nextval('audit_entry_seq'), ?, ?, ?, ?, ?, ?, ?) "
                    + "RETURNING seq, occurred_at) INSERT INTO audit_pending (seq, occurred_at) SELECT seq, occurred_at FROM entry");
        }

        /** Runs them all and answers the number of lines of the page. */
        int run() throws SQLException {
            try {
                check.execute("");
                scope.setString(1, "office");
                scope.setString(2, "office");
                scope.setString(3, "office");
                scope.setString(4, "YBJT");
                String root;
                long person;
                try (ResultSet r = scope.executeQuery()) {
                    r.next();
                    root = r.getString(2) + "%";
                    person = r.getLong(4);
                }
                enterprise.setString(1, "YBJS");
                enterprise.setString(2, root);
                String under;
                try (ResultSet r = enterprise.executeQuery()) {
                    r.next();
                    under = r.getString(1) + "%";
                }
                bindFilter(ids, root, person, under);
                bindFilter(count, root, person, under);
                int shown = readPage(tx, ids, lines, count);
                String details = "{\"facts\":{\"first\":0,\"shown\":50,\"filter\":\"enterprise=YBJS; status=CHECKING; "
                        + "from=2023-01-01; to=2024-06-30\"}}";
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                entry.setObject(1, now);
                entry.setString(2, "office");
                entry.setString(3, "OFFICE");
                entry.setString(4, "READ");
                entry.setString(5, "CLUE_LEDGER");
                entry.setString(6, null);
                entry.setString(7, details);
                entry.executeUpdate();
                return shown;
            } finally {
                tx.rollback();
            }
        }

        @Override
        public void close() throws SQLException {
            tx.rollback();
            tx.setAutoCommit(true);
        }
    }

    /** The duration of a metric of a Server-Timing header, in nanoseconds. */
    static long timing(Pattern metric, String header) {
        Matcher found = header == null ? null : metric.matcher(header);
        if (found == null || !found.find()) {
            throw new AssertionError("no Server-Timing app metric (is acc.app.serverTiming true?): " + header);
        }
        return Math.round(Double.parseDouble(found.group(1)) * 1e6);
    }

    /**
     * Logs every statement with its duration in PostgreSQL (as its superuser, for {@code calls} requests) and prints,
     * for each statement of a service call in its order, the mean time since the previous one ended (the server's
     * own work before it, and the round trip) and the mean time PostgreSQL spent on it (parse, bind, execute).
     */
    private static void printStatementsOfCalls(String query, int calls) throws Exception {
        try (Connection admin = DriverManager.getConnection(
                TestEnvironment.stack().postgres().jdbcUrl("postgres"), "postgres", "");
             Statement sql = admin.createStatement()) {
            String dataDirectory;
            try (ResultSet r = sql.executeQuery("SELECT current_setting('data_directory')")) {
                r.next();
                dataDirectory = r.getString(1);
            }
            Path file = Path.of(dataDirectory).resolveSibling("postgres.log");
            sql.execute("ALTER SYSTEM SET log_min_duration_statement = 0");
            sql.execute("SELECT pg_reload_conf()");
            Thread.sleep(500);
            long before = Files.size(file);
            for (int i = 0; i < calls; i++) {
                assertEquals(200, Api.as("office").get(query).status());
            }
            long after = Files.size(file);
            sql.execute("ALTER SYSTEM RESET log_min_duration_statement");
            sql.execute("SELECT pg_reload_conf()");
            byte[] all = Files.readAllBytes(file);
            List<String> names = new ArrayList<>();
            List<double[]> sums = new ArrayList<>(); // per position: gap, database time, calls
            List<String> names1 = new ArrayList<>();
            List<double[]> call = new ArrayList<>();
            LocalTime previous = null;
            double database = 0;
            for (String line : new String(all, (int) before, (int) (after - before), StandardCharsets.UTF_8).split("\n")) {
                Matcher m = LOGGED.matcher(line);
                if (!m.find()) {
                    continue;
                }
                database += Double.parseDouble(m.group(2));
                if (m.group(3) == null) {
                    continue; // parse or bind: counted with the execution that follows
                }
                LocalTime at = LocalTime.parse(m.group(1));
                String statement = m.group(4);
                if (statement.equals("BEGIN")) {
                    names1.clear();
                    call.clear();
                    previous = null;
                }
                names1.add(statement.length() > 90 ? statement.substring(0, 90) + "…" : statement);
                call.add(new double[] {previous == null ? 0 : Duration.between(previous, at).toNanos() / 1e6, database});
                previous = at;
                database = 0;
                if (statement.equals("COMMIT")) {
                    if (names.isEmpty()) {
                        names.addAll(names1);
                        call.forEach(x -> sums.add(new double[3]));
                    }
                    if (names1.size() == names.size()) {
                        for (int i = 0; i < call.size(); i++) {
                            sums.get(i)[0] += call.get(i)[0];
                            sums.get(i)[1] += call.get(i)[1];
                            sums.get(i)[2]++;
                        }
                    }
                }
            }
            System.out.printf("statements of a service call, from PostgreSQL's log (%d calls; log times in whole ms, so means):%n", calls);
            System.out.println("  since previous / in PostgreSQL  statement");
            double gaps = 0;
            double inDatabase = 0;
            for (int i = 0; i < names.size(); i++) {
                double n = Math.max(1, sums.get(i)[2]);
                gaps += sums.get(i)[0] / n;
                inDatabase += sums.get(i)[1] / n;
                System.out.printf("  %7.2f ms / %7.3f ms  %s%n", sums.get(i)[0] / n, sums.get(i)[1] / n, names.get(i));
            }
            System.out.printf("  BEGIN to COMMIT %.2f ms, of which in PostgreSQL %.2f ms%n", gaps, inDatabase);
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
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
