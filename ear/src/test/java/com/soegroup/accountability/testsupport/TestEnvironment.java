package com.soegroup.accountability.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The environment of the integration tests: one {@link Stack} per test JVM on free ports, with a throwaway
 * database, started before Arquillian starts the WildFly (see {@link TestEnvironmentExtension}).
 * The server listens with a port offset (100 unless -Dit.port.offset says otherwise; arquillian.xml), so a demo
 * on 8080 may run beside the tests.
 */
public final class TestEnvironment {

    public static final int HTTP_PORT = 8080 + Integer.getInteger("accountability.it.portOffset", 100);
    public static final String BASE_URL = "http://localhost:" + HTTP_PORT + "/accountability";

    private static Stack stack;
    private static MailCatcher mail;

    private TestEnvironment() {
    }

    public static synchronized Stack start() {
        if (stack == null) {
            Path work = Path.of(required("accountability.work.dir"));
            Path database = databaseDir();
            // the mail session's port (acc.mail.port): the tests see what the application sends
            mail = MailCatcher.start(0);
            stack = Stack.start(new Stack.Settings(
                    Path.of(required("jboss.home")),
                    Path.of(required("accountability.wildfly.zip")),
                    Path.of(required("accountability.config.dir")).toAbsolutePath().normalize(),
                    work,
                    database,
                    Ports.free(), Ports.free(), mail.port(), BASE_URL), true);
            Stack started = stack;
            MailCatcher catcher = mail;
            // each run's cluster is a few hundred megabytes: left behind, a developer's /tmp fills up in a day
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                catcher.close();
                started.close();
                deleteQuietly(database);
            }, "stop-test-environment"));
        }
        return stack;
    }

    public static synchronized Stack stack() {
        return start();
    }

    /** The mail server the application's mail session sends to. */
    public static synchronized MailCatcher mail() {
        start();
        return mail;
    }

    /** A new database cluster each run, where PostgreSQL's unprivileged user can reach it (not under /root). */
    private static Path databaseDir() {
        try {
            return Files.createTempDirectory("accountability-it-db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // nothing to do at shutdown: the operating system's temp cleaning gets the rest
        }
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set: run the tests through Maven (./mvnw verify)");
        }
        return value;
    }
}
