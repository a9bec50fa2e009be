package com.soegroup.accountability.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL primary with a streaming standby, both {@link LocalPostgres} on loopback, as a group runs its
 * database: the standby is synchronous (a commit returns once the standby has it), so a promoted standby holds
 * every transaction the application was told had committed.
 * <p>
 * The embedded binaries have no pg_basebackup: the standby is made with the low-level backup API (a physical
 * replication slot keeps the WAL it needs; pg_backup_start, a copy of the data directory, pg_backup_stop and its
 * backup_label), then started with standby.signal and primary_conninfo.
 */
public final class ReplicatedPostgres implements AutoCloseable {

    private static final String STANDBY_NAME = "standby";

    private final LocalPostgres primary;
    private final LocalPostgres standby;

    private ReplicatedPostgres(LocalPostgres primary, LocalPostgres standby) {
        this.primary = primary;
        this.standby = standby;
    }

    /** Starts both in {@code dataDir} (primary/, standby/) with the application's database and account. */
    public static ReplicatedPostgres start(Path dataDir, int primaryPort, int standbyPort, String database, String user,
                                           String password) {
        LocalPostgres primary = LocalPostgres.start(dataDir.resolve("primary"), primaryPort, database, user, password);
        LocalPostgres standby;
        try (Connection admin = DriverManager.getConnection(primary.jdbcUrl("postgres"), "postgres", "");
             Statement sql = admin.createStatement()) {
            sql.execute("SELECT pg_create_physical_replication_slot('" + STANDBY_NAME + "', true)");
            sql.execute("SELECT pg_backup_start('" + STANDBY_NAME + "', true)");
            Path copy = copyDataDirectory(primary, dataDir.resolve("standby"));
            String label;
            try (ResultSet stop = sql.executeQuery("SELECT labelfile FROM pg_backup_stop(false)")) {
                stop.next();
                label = stop.getString(1);
            }
            write(primary, copy.resolve("backup_label"), label);
            write(primary, copy.resolve("standby.signal"), "");
            // the whole of the copy's postgresql.auto.conf: what the primary has there is the primary's
            write(primary, copy.resolve("postgresql.auto.conf"), "primary_conninfo = 'host=127.0.0.1 port=" + primary.port()
                    + " user=postgres application_name=" + STANDBY_NAME + "'\nprimary_slot_name = '" + STANDBY_NAME + "'\n");
            standby = LocalPostgres.startExisting(dataDir.resolve("standby"), standbyPort);
            awaitStreaming(sql);
            // from now on a commit on the primary waits for the standby
            sql.execute("ALTER SYSTEM SET synchronous_standby_names = '" + STANDBY_NAME + "'");
            sql.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make the standby", e);
        }
        return new ReplicatedPostgres(primary, standby);
    }

    public LocalPostgres primary() {
        return primary;
    }

    public LocalPostgres standby() {
        return standby;
    }

    /** Both servers in the driver's multi-host form; the parameters (e.g. targetServerType) are the caller's. */
    public String jdbcUrl(String database, String parameters) {
        return "jdbc:postgresql://127.0.0.1:" + primary.port() + ",127.0.0.1:" + standby.port() + "/" + database
                + (parameters.isEmpty() ? "" : "?" + parameters);
    }

    /** Waits until the standby has replayed everything the primary has written, e.g. before a read there. */
    public void awaitStandbyReplayed(Duration atMost) {
        try (Connection onPrimary = DriverManager.getConnection(primary.jdbcUrl("postgres"), "postgres", "");
             Connection onStandby = DriverManager.getConnection(standby.jdbcUrl("postgres"), "postgres", "");
             Statement p = onPrimary.createStatement();
             Statement s = onStandby.createStatement()) {
            String written;
            try (ResultSet row = p.executeQuery("SELECT pg_current_wal_lsn()::text")) {
                row.next();
                written = row.getString(1);
            }
            Instant deadline = Instant.now().plus(atMost);
            while (true) {
                try (ResultSet row = s.executeQuery("SELECT pg_last_wal_replay_lsn() >= '" + written + "'::pg_lsn")) {
                    row.next();
                    if (row.getBoolean(1)) {
                        return;
                    }
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the standby has not replayed " + written + " after " + atMost);
                }
                Thread.sleep(50);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        standby.close();
        primary.close();
    }

    /** Copies the primary's data directory as the server user, leaving out what belongs to the running primary. */
    private static Path copyDataDirectory(LocalPostgres primary, Path standbyDir) {
        try {
            Files.createDirectories(standbyDir);
            primary.handToServerUser(standbyDir);
            Path copy = standbyDir.resolve("pgdata");
            primary.run(List.of("cp", "-a", primary.pgdata().toString(), copy.toString()), true);
            for (String file : List.of("postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map")) {
                Files.deleteIfExists(copy.resolve(file));
            }
            // the standby streams its WAL from the slot; the copy's replication slots are the primary's
            for (String directory : List.of("pg_wal", "pg_replslot")) {
                try (Stream<Path> files = Files.list(copy.resolve(directory))) {
                    for (Path entry : files.toList()) {
                        if (!entry.getFileName().toString().equals("archive_status")) {
                            deleteTree(entry);
                        }
                    }
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitStreaming(Statement sql) throws SQLException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            try (ResultSet row = sql.executeQuery("SELECT count(*) FROM pg_stat_replication WHERE application_name = '"
                    + STANDBY_NAME + "' AND state = 'streaming'")) {
                row.next();
                if (row.getInt(1) == 1) {
                    return;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the standby does not stream from the primary");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void write(LocalPostgres owner, Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            owner.handToServerUser(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path path) throws IOException {
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
