package com.soegroup.accountability.it.platform;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.Dates;
import com.soegroup.accountability.testsupport.LocalPostgres;
import com.soegroup.accountability.testsupport.RunsLast;
import com.soegroup.accountability.testsupport.Stack;
import com.soegroup.accountability.testsupport.TestEnvironment;
import com.soegroup.accountability.testsupport.WildFlyServer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.postgresql.Driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * WildFly killed with {@code kill -9} while eight clients register clues, then started again: every registration the
 * server acknowledged is in the database, the numbering has no gap and the audit trail's chain is intact. Then the
 * upgrade and removal README gives, on the same server. The suite's own server cannot be killed under Arquillian, so
 * this runs a second WildFly of its own (port offset of the suite + 50, its own database in the suite's PostgreSQL,
 * the suite's directory), deployed as README says, with {@code jboss-cli.sh deploy}.
 */
@RunsLast(2)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {

    private static final String DATABASE = "accountability_crash";
    private static final int WRITERS = 8;
    private static final String MARK = "强制终止恢复测试";

    private static int offset;
    private static String api;
    private static WildFlyServer server;
    private static Process running;

    @BeforeAll
    static void startASecondServer() throws Exception {
        Stack stack = TestEnvironment.stack();
        offset = Integer.getInteger("accountability.crash.portOffset",
                Integer.getInteger("accountability.it.portOffset", 100) + 50);
        String base = "http://localhost:" + (8080 + offset) + "/accountability";
        api = base + "/api/v1";
        LocalPostgres postgres = stack.postgres();
        try (Connection admin = DriverManager.getConnection(postgres.jdbcUrl("postgres"), "postgres", "");
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE);
            sql.execute("CREATE DATABASE " + DATABASE + " OWNER accountability ENCODING 'UTF8'");
        }
        Path suiteHome = Path.of(System.getProperty("jboss.home"));
        Path home = suiteHome.getParent().resolveSibling("crash-server").resolve(suiteHome.getFileName());
        server = new WildFlyServer(home, Path.of(System.getProperty("accountability.config.dir")).toAbsolutePath().normalize());
        server.unpackFresh(Path.of(System.getProperty("accountability.wildfly.zip")));
        Properties overrides = new Properties();
        overrides.setProperty("acc.db.driverJar", Path.of(Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        overrides.setProperty("acc.db.url", postgres.jdbcUrl(DATABASE));
        overrides.setProperty("acc.ldap.url", stack.directory().url());
        overrides.setProperty("acc.mail.port", Integer.toString(TestEnvironment.mail().port()));
        overrides.setProperty("acc.app.baseUrl", base);
        server.configure(overrides, home.getParent().resolve("work"));
        start();
        awaitRunning();
        awaitHealthy(cli("deploy", System.getProperty("accountability.ear")));
    }

    @AfterAll
    static void stopIt() {
        if (running != null) {
            kill(running);
        }
    }

    @Test
    @Order(1)
    void everyAcknowledgedRegistrationSurvivesKillMinus9() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> {
                Api office = Api.as("office");
                for (int n = 0; !stop.get(); n++) {
                    try {
                        Api.Reply reply = office.post(api + "/clues", "{\"source\": \"AUDIT\", \"receivedOn\": \"" + Dates.TODAY
                                + "\", \"enterprise\": \"YBJT\", \"summary\": \"" + MARK + " " + writer + "-" + n + "\"}");
                        if (reply.status() == 201) {
                            acknowledged.add(reply.json().getJsonObject("clue").getString("ledgerNo"));
                        }
                    } catch (UncheckedIOException e) {
                        // the server is gone: what was in flight is not acknowledged
                        pause(200);
                    }
                }
            });
        }
        Instant deadline = Instant.now().plusSeconds(30);
        while (acknowledged.size() < 150 && Instant.now().isBefore(deadline)) {
            pause(200);
        }
        kill(running);
        stop.set(true);
        writers.shutdown();
        assertTrue(writers.awaitTermination(2, TimeUnit.MINUTES));
        assertTrue(acknowledged.size() > 20, "registrations were acknowledged before the kill: " + acknowledged.size());
        System.out.println("kill -9 of WildFly after " + acknowledged.size() + " acknowledged registrations by " + WRITERS + " writers");

        start();
        awaitHealthy("restarted after kill -9");
        try (Connection db = DriverManager.getConnection(TestEnvironment.stack().postgres().jdbcUrl(DATABASE),
                "accountability", "accountability")) {
            try (PreparedStatement present = db.prepareStatement("SELECT count(*) FROM clue WHERE ledger_no = ANY (?)")) {
                Array numbers = db.createArrayOf("varchar", acknowledged.toArray());
                present.setArray(1, numbers);
                assertEquals(acknowledged.size(), single(present), "every acknowledged registration is stored");
            }
            try (PreparedStatement ours = db.prepareStatement("SELECT count(*) FROM clue WHERE summary LIKE ?")) {
                ours.setString(1, MARK + " %");
                long stored = single(ours);
                // at most the one request of each writer that was in flight when the server died was stored unanswered
                assertTrue(stored >= acknowledged.size() && stored <= acknowledged.size() + WRITERS,
                        stored + " stored, " + acknowledged.size() + " acknowledged");
            }
            List<String> gaps = new ArrayList<>();
            try (ResultSet series = db.createStatement().executeQuery("SELECT c.numbering_enterprise_id, c.ledger_year, count(*),"
                    + " min(c.ledger_seq), max(c.ledger_seq), max(k.last_number) FROM clue c JOIN number_counter k ON k.series = 'CLUE'"
                    + " AND k.enterprise_id = c.numbering_enterprise_id AND k.year = c.ledger_year GROUP BY 1, 2")) {
                while (series.next()) {
                    if (series.getLong(3) != series.getLong(5) || series.getLong(4) != 1 || series.getLong(5) != series.getLong(6)) {
                        gaps.add("enterprise " + series.getLong(1) + " year " + series.getInt(2) + ": " + series.getLong(3)
                                + " clues numbered " + series.getLong(4) + ".." + series.getLong(5) + ", counter at " + series.getLong(6));
                    }
                }
            }
            assertEquals(List.of(), gaps, "numbering gap-free");
        }
        JsonObject chain = awaitSealedAndVerified();
        assertTrue(chain.getBoolean("intact"), chain::toString);
        assertEquals(0, chain.getJsonNumber("awaitingSeal").longValue(), chain::toString);
    }

    /** README's upgrade (deploy --force over the running application) and removal (refused while deployed). */
    @Test
    @Order(2)
    void upgradeInPlaceThenRemovalOnlyOnceUndeployed() throws Exception {
        awaitHealthy(cli("deploy", "--force", System.getProperty("accountability.ear")));

        Process refused = installSh("--remove");
        String refusal = new String(refused.getInputStream().readAllBytes());
        assertTrue(refused.waitFor(5, TimeUnit.MINUTES));
        assertEquals(1, refused.exitValue(), refusal);
        assertTrue(refusal.contains("undeploy it first"), refusal);
        assertEquals(200, health(), "nothing was removed: the application still runs");

        cli("undeploy", "accountability.ear");
        Process removal = installSh("--remove");
        String removed = new String(removal.getInputStream().readAllBytes());
        assertTrue(removal.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, removal.exitValue(), removed);
        Path configuration = server.home().resolve("standalone/configuration");
        String xml = Files.readString(configuration.resolve("standalone.xml"));
        for (String left : List.of("AccountabilityDS", "accountability-ldap", "accountability-credentials", "id-hash-secret",
                "java:jboss/mail/Accountability", "accountability.base-url")) {
            assertFalse(xml.contains(left), left + " is left in standalone.xml");
        }
        assertFalse(Files.exists(configuration.resolve("accountability-credentials.cs")), "the credential store's file is gone");
    }

    private static void start() throws IOException {
        Path log = server.home().getParent().resolve("console-" + System.currentTimeMillis() + ".log");
        ProcessBuilder builder = new ProcessBuilder(server.home().resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + offset).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        running = builder.start();
    }

    /** kill -9 of the server's JVM (SIGKILL: no shutdown hook, no graceful undeployment). */
    private static void kill(Process standaloneSh) {
        standaloneSh.descendants().filter(p -> p.info().commandLine().orElse("").contains("jboss-modules.jar"))
                .forEach(jvm -> {
                    jvm.destroyForcibly();
                    jvm.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                });
        standaloneSh.destroyForcibly();
    }

    private static int health() {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api + "/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void awaitHealthy(String what) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (health() != 200) {
            if (Instant.now().isAfter(deadline) || !running.isAlive()) {
                fail("The second server is not healthy (" + what + "); see " + server.home().getParent());
            }
            pause(1000);
        }
    }

    /** Until the server's management answers that it runs (booted, without the application yet). */
    private static void awaitRunning() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline) && running.isAlive()) {
            Process state = new ProcessBuilder(List.of(server.home().resolve("bin/jboss-cli.sh").toString(), "-c",
                    "--controller=localhost:" + (9990 + offset), "--command=:read-attribute(name=server-state)"))
                    .redirectErrorStream(true).start();
            String output = new String(state.getInputStream().readAllBytes());
            if (state.waitFor(1, TimeUnit.MINUTES) && output.contains("\"running\"")) {
                return;
            }
            pause(2000);
        }
        fail("The second server did not start; see " + server.home().getParent());
    }

    /** The full chain check once the sealer has sealed every entry (it runs every two seconds). */
    private static JsonObject awaitSealedAndVerified() {
        Instant deadline = Instant.now().plusSeconds(90);
        JsonObject result;
        do {
            Api.Reply reply = Api.as("admin").get(api + "/audit/verify?full=true");
            assertEquals(200, reply.status(), reply::toString);
            result = reply.json();
            if (result.getJsonNumber("awaitingSeal").longValue() == 0) {
                return result;
            }
            pause(1000);
        } while (Instant.now().isBefore(deadline));
        return result;
    }

    /** jboss-cli against the second server; fails the test if the command fails. */
    private static String cli(String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(server.home().resolve("bin/jboss-cli.sh").toString(), "-c",
                "--controller=localhost:" + (9990 + offset), "--command=" + String.join(" ", command)));
        Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output);
        return String.join(" ", command);
    }

    private static Process installSh(String option) throws IOException {
        return new ProcessBuilder(List.of("bash", Path.of(System.getProperty("accountability.config.dir"), "install.sh").toString(),
                server.home().toString(), server.home().getParent().resolve("work/accountability.properties").toString(), option,
                "--controller=localhost:" + (9990 + offset))).redirectErrorStream(true).start();
    }

    private static long single(PreparedStatement query) throws SQLException {
        try (ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
