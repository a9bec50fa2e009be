package com.soegroup.accountability.bench;

import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.ReplicatedPostgres;
import com.soegroup.accountability.testsupport.Stack;
import com.soegroup.accountability.testsupport.TestEnvironment;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark, not a timed test (runs only with -Daudit.bench=true): audited appends per second at 1, 20 and 50
 * clients, each append its own transaction as an audited request's is, through
 * <ul>
 * <li>today's append (audit.AuditService.APPEND: the entry and its pending row, no lock; sealed afterwards),</li>
 * <li>the append before issue #15 (the chain's head row locked from the append to the commit), on copies of the
 * old tables in a scratch schema,</li>
 * <li>a plain insert of the same row into a table of the same shape (the limit),</li>
 * </ul>
 * with the share of the clients' samples that waited on a lock, the entries left unsealed at the end of a run and
 * how long the server's sealer took to chain them.
 * Against the IT's PostgreSQL (no standby); with {@code -Daudit.bench.standby=true} against a PostgreSQL of its own
 * with a synchronous streaming standby (every commit waits for the standby), where no server seals; with
 * {@code -Daudit.bench.url=jdbc:postgresql://…} against another.
 * <pre>./mvnw -B -ntp -pl ear -am verify -Dit.test=AuditAppendBenchmarkIT -Daudit.bench=true -Dtest=NONE
 *     -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class AuditAppendBenchmarkIT extends ApplicationIT {

    private static final int SECONDS = 6;
    private static final int[] CLIENTS = {1, 20, 50};

    /** audit.AuditService.APPEND */
    private static final String APPEND = "WITH entry AS (INSERT INTO audit_entry (seq, occurred_at, user_id, roles, action, "
            + "object_type, object_id, details) VALUES (nextval('audit_entry_seq'), ?, ?, ?, ?, ?, ?, ?) "
            + "RETURNING seq, occurred_at) INSERT INTO audit_pending (seq, occurred_at) SELECT seq, occurred_at FROM entry";

    /** The append of V5 to V34, verbatim but for the schema. */
    private static final String LOCKED_APPEND = "WITH head AS (SELECT last_seq + 1 AS seq, rtrim(last_hash) AS previous "
            + "FROM bench_v5.audit_chain WHERE id = 1 FOR UPDATE), "
            + "entry AS (INSERT INTO bench_v5.audit_entry (seq, occurred_at, user_id, roles, action, object_type, object_id, details, "
            + "previous_hash, hash) SELECT head.seq, ?, ?, ?, ?, ?, ?, ?, head.previous, encode(sha256(convert_to("
            + "length(head.seq::text) || ':' || head.seq::text || '|' || CAST(? AS text) || length(head.previous) || ':' "
            + "|| head.previous || '|', 'UTF8')), 'hex') FROM head RETURNING seq, hash) "
            + "UPDATE bench_v5.audit_chain SET last_seq = entry.seq, last_hash = entry.hash FROM entry WHERE bench_v5.audit_chain.id = 1";

    private static final String PLAIN = "INSERT INTO bench_v5.plain_entry (seq, occurred_at, user_id, roles, action, object_type, "
            + "object_id, details) VALUES (nextval('bench_v5.plain_seq'), ?, ?, ?, ?, ?, ?, ?)";

    private static final String DETAILS = "{\"facts\":{\"first\":0,\"shown\":50,\"filter\":\"enterprise=YBJS; status=CHECKING\"}}";

    @Test
    void auditedAppendsPerSecond() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("audit.bench"), "benchmark: run with -Daudit.bench=true");
        if (Boolean.getBoolean("audit.bench.standby")) {
            try (ReplicatedPostgres replicated = ReplicatedPostgres.start(
                    // in /tmp, where PostgreSQL's unprivileged user reaches it when the build runs as root
                    Files.createTempDirectory("accountability-bench-db",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x"))),
                    freePort(), freePort(), Stack.DATABASE, "accountability", "accountability")) {
                String url = replicated.primary().jdbcUrl(Stack.DATABASE);
                // the application's schema, migrated as the application does; no server seals here
                Flyway.configure(AuditAppendBenchmarkIT.class.getClassLoader()).dataSource(url, "postgres", "")
                        .locations("classpath:db/migration").load().migrate();
                measure(url, false);
            }
        } else {
            measure(System.getProperty("audit.bench.url", TestEnvironment.stack().postgres().jdbcUrl(Stack.DATABASE)), true);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void measure(String url, boolean sealed) throws Exception {
        try (Connection admin = DriverManager.getConnection(url, "postgres", ""); Statement sql = admin.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS bench_v5 CASCADE");
            sql.execute("CREATE SCHEMA bench_v5");
            sql.execute("CREATE TABLE bench_v5.audit_entry (seq BIGINT PRIMARY KEY, occurred_at TIMESTAMPTZ NOT NULL, "
                    + "user_id VARCHAR(128), roles VARCHAR(200), action VARCHAR(32) NOT NULL, object_type VARCHAR(64), "
                    + "object_id VARCHAR(200), details TEXT, previous_hash CHAR(64) NOT NULL, hash CHAR(64) NOT NULL)");
            sql.execute("CREATE INDEX ON bench_v5.audit_entry (occurred_at)");
            sql.execute("CREATE INDEX ON bench_v5.audit_entry (user_id, occurred_at)");
            sql.execute("CREATE INDEX ON bench_v5.audit_entry (object_type, object_id)");
            sql.execute("CREATE TABLE bench_v5.audit_chain (id SMALLINT PRIMARY KEY, last_seq BIGINT NOT NULL, last_hash CHAR(64) NOT NULL)");
            sql.execute("INSERT INTO bench_v5.audit_chain VALUES (1, 0, repeat('0', 64))");
            sql.execute("CREATE SEQUENCE bench_v5.plain_seq");
            sql.execute("CREATE TABLE bench_v5.plain_entry (seq BIGINT PRIMARY KEY, occurred_at TIMESTAMPTZ NOT NULL, "
                    + "user_id VARCHAR(128), roles VARCHAR(200), action VARCHAR(32) NOT NULL, object_type VARCHAR(64), "
                    + "object_id VARCHAR(200), details TEXT)");
            sql.execute("CREATE INDEX ON bench_v5.plain_entry (occurred_at)");
            sql.execute("CREATE INDEX ON bench_v5.plain_entry (user_id, occurred_at)");
            sql.execute("CREATE INDEX ON bench_v5.plain_entry (object_type, object_id)");
            try (ResultSet standby = sql.executeQuery("SELECT coalesce(string_agg(application_name || ' ' || sync_state, ', '), 'none') "
                    + "FROM pg_stat_replication")) {
                standby.next();
                System.out.printf("%naudited appends per second, %d s per run, one transaction per append; standby: %s%n",
                        SECONDS, standby.getString(1));
            }
        }
        // warm up the three statements and the server's sealer before anything is measured
        run(url, 4, APPEND, false, 2);
        run(url, 4, LOCKED_APPEND, true, 2);
        run(url, 4, PLAIN, false, 2);
        if (sealed) {
            awaitSealed(url);
        }
        System.out.printf("%-8s %14s %14s %14s %12s %12s %20s%n", "clients", "today /s", "before #15 /s", "plain insert /s",
                "lock today", "lock before", "unsealed at the end");
        for (int clients : CLIENTS) {
            Run today = run(url, clients, APPEND, false, SECONDS);
            long backlog = pending(url);
            double drained = sealed ? awaitSealed(url) : Double.NaN;
            Run before = run(url, clients, LOCKED_APPEND, true, SECONDS);
            Run plain = run(url, clients, PLAIN, false, SECONDS);
            System.out.printf("%-8d %14.0f %14.0f %14.0f %11.0f%% %11.0f%% %,10d %s%n", clients,
                    today.perSecond(), before.perSecond(), plain.perSecond(), 100 * today.lockShare(), 100 * before.lockShare(),
                    backlog, sealed ? String.format("(sealed %.1f s later)", drained) : "(no sealer here)");
        }
        if (sealed) {
            assertEquals(0, pending(url), "the sealer keeps up");
        }
    }

    /** Waits until the server's sealer has chained every entry; answers the seconds it took. */
    private static double awaitSealed(String url) throws Exception {
        long start = System.nanoTime();
        while (pending(url) > 0 && System.nanoTime() - start < 300_000_000_000L) {
            Thread.sleep(100);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static long pending(String url) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "postgres", ""); Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("SELECT count(*) FROM audit_pending")) {
            row.next();
            return row.getLong(1);
        }
    }

    private record Run(double perSecond, double lockShare) {
    }

    private static Run run(String url, int clients, String statement, boolean withChainContent, int seconds) throws Exception {
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicLong appended = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        Properties as = new Properties();
        as.setProperty("user", "postgres");
        as.setProperty("password", "");
        as.setProperty("ApplicationName", "audit-bench");
        for (int i = 0; i < clients; i++) {
            Thread client = new Thread(() -> {
                try (Connection db = DriverManager.getConnection(url, as); PreparedStatement append = db.prepareStatement(statement)) {
                    db.setAutoCommit(false);
                    ready.countDown();
                    while (!stop.get()) {
                        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                        append.setObject(1, now);
                        append.setString(2, "office");
                        append.setString(3, "OFFICE");
                        append.setString(4, "READ");
                        append.setString(5, "CLUE_LEDGER");
                        append.setString(6, null);
                        append.setString(7, DETAILS);
                        if (withChainContent) {
                            String at = now.toInstant().toString();
                            append.setString(8, at.length() + ":" + at + "|6:office|6:OFFICE|4:READ|11:CLUE_LEDGER|-|"
                                    + DETAILS.length() + ":" + DETAILS + "|");
                        }
                        append.executeUpdate();
                        db.commit();
                        if (measuring.get()) {
                            appended.incrementAndGet();
                        }
                    }
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                    ready.countDown();
                }
            });
            threads.add(client);
            client.start();
        }
        ready.await();
        Thread.sleep(1000);
        long samples = 0;
        long waiting = 0;
        try (Connection observer = DriverManager.getConnection(url, "postgres", "");
             PreparedStatement activity = observer.prepareStatement("SELECT count(*), count(*) FILTER (WHERE wait_event_type = 'Lock') "
                     + "FROM pg_stat_activity WHERE application_name = 'audit-bench' AND state = 'active'")) {
            measuring.set(true);
            long start = System.nanoTime();
            while (System.nanoTime() - start < seconds * 1_000_000_000L) {
                try (ResultSet row = activity.executeQuery()) {
                    row.next();
                    samples += row.getLong(1);
                    waiting += row.getLong(2);
                }
                Thread.sleep(50);
            }
            measuring.set(false);
            double elapsed = (System.nanoTime() - start) / 1e9;
            stop.set(true);
            for (Thread thread : threads) {
                thread.join();
            }
            if (!failures.isEmpty()) {
                throw new AssertionError("a client failed", failures.get(0));
            }
            return new Run(appended.get() / elapsed, samples == 0 ? 0 : (double) waiting / samples);
        }
    }
}
