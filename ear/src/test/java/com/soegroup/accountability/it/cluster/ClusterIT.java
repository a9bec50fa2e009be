package com.soegroup.accountability.it.cluster;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.Cluster;
import com.soegroup.accountability.testsupport.ClusterNode;
import com.soegroup.accountability.testsupport.Dates;
import com.soegroup.accountability.testsupport.MailCatcher;
import com.soegroup.accountability.testsupport.pages.ClueDetailPage;
import com.soegroup.accountability.testsupport.pages.ClueRegisterPage;
import com.soegroup.accountability.testsupport.pages.HomePage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application on two WildFly nodes of one cluster over PostgreSQL with a synchronous standby, as a large group
 * runs it ({@link Cluster}): both nodes answer alike, share their limits and the audit trail, survive the loss of
 * a node and of the database's primary. {@code ./mvnw -Pha-it verify -pl ear -am} (README, "Running as a cluster").
 * The methods run in order on one cluster: the last ones kill a node.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /** A request answers again at most this long after the primary was lost. */
    private static final Duration DATABASE_RECOVERY_BOUND = Duration.ofSeconds(20);
    /** A change made on one node answers on the other at most this long after. */
    private static final Duration RULE_CHANGE_BOUND = Duration.ofSeconds(5);
    private static final String LOSS_1_5M = "{\"amount\": \"1500000.00\", \"determinationDate\": \"%s\"}";
    /** What a log must not hold after a session moved between the nodes. */
    private static final Pattern SERIALISATION_ERROR = Pattern.compile(
            "(?i)NotSerializableException|InvalidClassException|(ERROR|WARN).*(serializ|marshall)");

    private static Cluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = Cluster.get();
    }

    @Test
    @Order(1)
    void bothNodesDeployAtOnceAndEachMigrationIsAppliedOnce() throws SQLException {
        for (ClusterNode node : cluster.nodes()) {
            Api.Reply health = Api.anonymous().get(node.baseUrl() + "/api/v1/health");
            assertEquals(200, health.status(), node.name() + ": " + health);
        }
        try (Connection db = cluster.database()) {
            for (String history : List.of("flyway_schema_history", "demo_data_history")) {
                try (PreparedStatement twice = db.prepareStatement("SELECT version, count(*) FROM " + history
                        + " WHERE version IS NOT NULL GROUP BY version HAVING count(*) > 1");
                     ResultSet rows = twice.executeQuery()) {
                    assertFalse(rows.next(), () -> history + ": a migration recorded twice");
                }
                try (PreparedStatement failed = db.prepareStatement("SELECT count(*) FROM " + history + " WHERE NOT success");
                     ResultSet row = failed.executeQuery()) {
                    row.next();
                    assertEquals(0, row.getInt(1), history + ": a failed migration");
                }
            }
        }
        // the nodes took Flyway's lock in turn: together they applied each migration of the history once
        int applied = 0;
        for (ClusterNode node : cluster.nodes()) {
            var matcher = Pattern.compile("Schema at version \\S+ \\((\\d+) migration\\(s\\) applied now\\)").matcher(node.log());
            assertTrue(matcher.find(), node.name() + " logs its schema version");
            applied += Integer.parseInt(matcher.group(1));
        }
        try (Connection db = cluster.database();
             PreparedStatement recorded = db.prepareStatement("SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL");
             ResultSet row = recorded.executeQuery()) {
            row.next();
            assertEquals(row.getInt(1), applied, "migrations applied by both nodes together");
        }
        // the nodes found each other through TCPPING: a view of two members
        assertTrue(cluster.nodes().stream().anyMatch(node -> node.log().matches("(?s).*joined cluster 'ejb' with view: \\[\\S+\\] \\(2\\).*")),
                "a cluster view of two nodes in a log");
    }

    @Test
    @Order(2)
    void theReadOnlyDatasourceConnectsOnEveryNode() {
        for (ClusterNode node : cluster.nodes()) {
            String answer = node.cli("/subsystem=datasources/data-source=AccountabilityReadDS:test-connection-in-pool");
            assertTrue(answer.contains("\"outcome\" => \"success\""), node.name() + ": " + answer);
        }
    }

    @Test
    @Order(3)
    void aRuleSetPutInForceOnOneNodeAnswersTheSameOnTheOtherWithinSeconds() {
        Api office = Api.as("office");
        String onA = cluster.a().baseUrl() + "/api/v1";
        String onB = cluster.b().baseUrl() + "/api/v1";
        // B has read the rules before the change
        JsonObject before = office.post(onB + "/rules/loss-level", LOSS_1_5M.formatted("2034-06-01")).json();
        assertEquals("LARGER", before.getString("level"), before::toString);
        assertEquals("YB-SASAC-2020", before.getString("ruleSet"));

        Api admin = Api.as("admin");
        int version = admin.post(onA + "/rules/sets/YB-SASAC-2020/copies",
                "{\"code\": \"YB-HA-2034\", \"title\": \"集群规则\", \"effectiveFrom\": \"2034-01-01\"}").json().getInt("version");
        String raised = admin.get(onA + "/rules/sets/YB-HA-2034").json().toString()
                .replaceFirst("\"amountFrom\":\"1000000.00\"", "\"amountFrom\":\"2000000.00\"");
        version = admin.put(onA + "/rules/sets/YB-HA-2034?version=" + version, raised).json().getInt("version");
        version = admin.post(onA + "/rules/sets/YB-HA-2034/review", "{\"version\": " + version + "}").json().getInt("version");
        Api.Reply inForce = admin.post(onA + "/rules/sets/YB-HA-2034/in-force",
                "{\"version\": " + version + ", \"effectiveFrom\": \"2034-01-01\"}");
        assertEquals(200, inForce.status(), inForce::toString);
        Instant changed = Instant.now();

        JsonObject answerOfA = office.post(onA + "/rules/loss-level", LOSS_1_5M.formatted("2034-06-01")).json();
        assertEquals("GENERAL", answerOfA.getString("level"), answerOfA::toString);
        assertEquals("YB-HA-2034", answerOfA.getString("ruleSet"));
        JsonObject answerOfB;
        do {
            answerOfB = office.post(onB + "/rules/loss-level", LOSS_1_5M.formatted("2034-06-01")).json();
        } while (!answerOfB.equals(answerOfA) && Duration.between(changed, Instant.now()).compareTo(RULE_CHANGE_BOUND) < 0);
        System.out.printf("[cluster] rule set in force on A, same answer on B after %d ms%n",
                Duration.between(changed, Instant.now()).toMillis());
        assertEquals(answerOfA, answerOfB, "B answers as A within " + RULE_CHANGE_BOUND.toSeconds() + " s");
    }

    @Test
    @Order(4)
    void theThirtyFirstAnonymousReportInAMinuteIsRefusedWhicheverNodesTookTheOthers() throws SQLException {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            ClusterNode node = cluster.nodes().get(i % 2);
            statuses.add(Api.anonymous().post(node.baseUrl() + "/api/v1/reports",
                    "{\"enterprise\": \"YBWT\", \"summary\": \"集群限流 " + i + "\"}").status());
        }
        assertEquals(Collections.nCopies(30, 201), statuses.subList(0, 30), statuses::toString);
        assertEquals(429, statuses.get(30), "the 31st, on node A after 15 on each: " + statuses);
        try (Connection db = cluster.database();
             PreparedStatement minutePassed = db.prepareStatement("DELETE FROM request_limit WHERE kind = 'SUBMIT'")) {
            minutePassed.executeUpdate();
        }
    }

    @Test
    @Order(5)
    void wrongPasswordsSpreadOverBothNodesCountTogetherForTheSignInDelay() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ClusterNode node = cluster.nodes().get(i % 2);
            statuses.add(Api.as("ha-guesser", "wrong-" + i).get(node.baseUrl() + "/api/v1/me").status());
        }
        // five free failures (config/demo.properties), three on A and two on B: the sixth waits on B as on A
        assertEquals(List.of(401, 401, 401, 401, 401, 429), statuses, statuses::toString);
    }

    @Test
    @Order(6)
    void aChangedPasswordStopsWorkingOnEveryNodeOnceTheSignInCacheIsCleared() throws Exception {
        for (ClusterNode node : cluster.nodes()) {
            assertEquals(200, Api.as("hr2", "hr2").get(node.baseUrl() + "/api/v1/me").status(), node.name());
        }
        try {
            cluster.directory().changePassword("hr2", "hr2-changed");
            for (ClusterNode node : cluster.nodes()) {
                assertEquals(200, Api.as("hr2", "hr2").get(node.baseUrl() + "/api/v1/me").status(),
                        node.name() + " still has the old password in its cache (else this test proves nothing)");
            }
            clearSignInCache();
            for (ClusterNode node : cluster.nodes()) {
                assertEquals(401, Api.as("hr2", "hr2").get(node.baseUrl() + "/api/v1/me").status(), node.name() + ": old password");
                assertEquals(200, Api.as("hr2", "hr2-changed").get(node.baseUrl() + "/api/v1/me").status(), node.name() + ": new password");
            }
        } finally {
            cluster.directory().changePassword("hr2", "hr2");
            clearSignInCache();
        }
    }

    @Test
    @Order(7)
    void twentyConcurrentAuditedRequestsAcrossBothNodesLeaveAnIntactChainWithEveryEntry() throws Exception {
        String marker = "HA-LOAD-" + System.nanoTime();
        // a node's first ledger reads parse and compile its queries (seconds on a busy machine): not what is measured
        for (ClusterNode node : cluster.nodes()) {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, Api.as("office").get(node.baseUrl() + "/api/v1/clues?size=1&q=HA-WARM-UP").status());
            }
        }
        Load load = Load.start(20, marker);
        Thread.sleep(10_000);
        load.stop();
        System.out.printf("[cluster] 20 clients on both nodes for 10 s: %d audited requests (%.0f/s; %s), %d failed%n",
                load.succeeded(), load.succeeded() / 10.0, load.latencies(), load.failed());
        assertEquals(0, load.failed(), "no request failed");
        assertTrue(load.succeeded() > 20, "each client made requests: " + load.succeeded());
        assertTrue(load.servedBy(0) > 0 && load.servedBy(1) > 0, "both nodes served");
        assertEquals(load.succeeded(), entriesNaming(marker), "one audit entry per request, none lost, none twice");

        assertFullCheckIntactWithEveryEntry(cluster.b());
    }

    @Test
    @Order(8)
    void requestsRecoverWithinSecondsWhenTheStandbyIsPromotedWithNoChangeToWildFly() throws Exception {
        String marker = "HA-FAILOVER-" + System.nanoTime();
        Load load = Load.start(10, marker);
        Thread.sleep(3_000);
        long beforeSwitch = load.succeeded();
        Instant switched = Instant.now();
        cluster.postgres().standby().promote();
        cluster.postgres().primary().kill();
        System.out.printf("[cluster] standby promoted and old primary stopped in %d ms, under load%n",
                Duration.between(switched, Instant.now()).toMillis());
        Instant until = switched.plus(DATABASE_RECOVERY_BOUND).plusSeconds(5);
        while (Instant.now().isBefore(until)) {
            Thread.sleep(250);
        }
        load.stop();

        Duration recovery = load.recoveredAfter(switched);
        System.out.printf("[cluster] requests recovered %d ms after the switch; %d failed meanwhile, %d succeeded before, %d in all%n",
                recovery.toMillis(), load.failed(), beforeSwitch, load.succeeded());
        assertTrue(recovery.compareTo(DATABASE_RECOVERY_BOUND) <= 0,
                "requests answer again within " + DATABASE_RECOVERY_BOUND.toSeconds() + " s, took " + recovery.toMillis() + " ms");
        assertTrue(load.succeededAfter(switched.plus(recovery)) > 0, "requests succeed after the switch");
        long entries = entriesNaming(marker);
        // synchronous standby: every request the application answered is on the new primary
        assertTrue(entries >= load.succeeded() && entries <= load.succeeded() + load.failed(),
                entries + " entries for " + load.succeeded() + " answered and " + load.failed() + " failed requests");
        // the sealer carries on against the new primary: every entry sealed, the whole chain intact
        assertFullCheckIntactWithEveryEntry(cluster.a());
    }

    /**
     * A persistent schedule runs once per firing in the cluster: the mail dispatcher (every 15 seconds) claims each
     * period in {@code job_run} on one node, and a mail queued on one node goes out once; when the node that runs
     * the schedule dies, the other fires it. The killed node is started again for the methods after this one.
     */
    @Test
    @Order(9)
    void aScheduleFiresOncePerPeriodOnOneNodeAndTheOtherTakesOverWhenThatNodeDies() throws Exception {
        Map<ClusterNode, Long> marks = new HashMap<>();
        cluster.nodes().forEach(node -> marks.put(node, node.logMark()));
        Instant began = Instant.now();
        String first = remindedToday(cluster.a(), "新能源公司风电项目设备采购未履行招标程序（集群定时）");
        awaitSent(first, Duration.ofSeconds(45));
        List<String[]> runs = awaitRuns(began, 3, Duration.ofSeconds(60));
        assertEquals(1, cluster.mail().mails(about(first)).size(), "the mail arrived once, after further firings");
        // the key of job_run makes a period once; the nodes must also not fail on it (no ERROR below)
        String timerNode = runs.get(runs.size() - 1)[1];
        for (ClusterNode node : cluster.nodes()) {
            assertFalse(node.logSince(marks.get(node)).contains(" ERROR "), node.name() + " logged an ERROR");
        }

        ClusterNode dying = cluster.nodes().stream().filter(node -> node.name().equals(timerNode)).findFirst().orElseThrow();
        ClusterNode survivor = dying == cluster.a() ? cluster.b() : cluster.a();
        dying.kill();
        Instant killed = Instant.now();
        String second = remindedToday(survivor, "租赁公司融资租赁项目租后检查流于形式（集群定时）");
        List<String[]> after = awaitRuns(killed, 1, Duration.ofSeconds(60));
        assertEquals(survivor.name(), after.get(0)[1], "the first run after " + timerNode + " died");
        // started again only now: back in the cluster, it may own the schedule again
        dying.start();
        awaitSent(second, Duration.ofSeconds(60));
        assertEquals(1, cluster.mail().mails(about(second)).size(), "the survivor's mail arrived once");
        System.out.printf("[cluster] schedule on %s; %s fired %d ms after it was killed%n", timerNode, survivor.name(),
                Duration.between(killed, Instant.parse(after.get(0)[0])).toMillis());
        assertFalse(survivor.logSince(marks.get(survivor)).contains(" ERROR "), survivor.name() + " logged an ERROR");
        dying.awaitDeployed(Duration.ofMinutes(4));
    }

    @Test
    @Order(10)
    void aSignedInUserKeepsThePageAndTheSessionWhenTheirNodeDies() throws IOException {
        cluster.balancer().stickTo(0);
        try (Browser browser = Browser.open(cluster.balancer().baseUrl())) {
            HomePage home = SignInPage.open(browser).signIn("office", "office");
            ClueRegisterPage form = home.menu().registerClue()
                    .chooseSource("审计发现")
                    .fillSummary("集群测试：节点失效后继续登记 FAILOVER-PROBE")
                    .fillPersonName(0, "王某")
                    .addPerson()
                    .fillPersonName(1, "李某")
                    .checkDuplicates();
            int onA = cluster.balancer().connectionsTo(0);
            assertTrue(onA > 0 && cluster.balancer().connectionsTo(1) == 0, "so far all on node A");
            String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            assertTrue(session.endsWith(".node-a"), "the session cookie names its node, the balancer's sticky route: " + session);

            cluster.a().kill();
            // the next request of the page goes through the balancer to B, into the view A made
            try {
                form.addPerson();
            } catch (AssertionError e) {
                throw new AssertionError("the page's request after A died was not answered from its view (B answered: "
                        + (cluster.balancer().connectionsTo(1) > 0) + "); the browser shows " + form.title() + " at "
                        + form.currentUrl(), e);
            }
            assertTrue(cluster.balancer().connectionsTo(1) > 0, "node B answered");
            assertEquals(List.of("王某", "李某", ""), form.personNames(), "the lines of persons the page had on A");
            ClueDetailPage clue = form.save();
            assertTrue(clue.ledgerNo().matches("YBJT-XS-\\d{4}-\\d{4,}"), clue.ledgerNo());
            assertTrue(clue.summary().contains("FAILOVER-PROBE"), clue.summary());
            clue.screenshot("cluster-failover-clue");
        }
        for (ClusterNode node : cluster.nodes()) {
            String log = node.log();
            var error = SERIALISATION_ERROR.matcher(log);
            assertFalse(error.find(), () -> node.name() + " logged a serialisation error: "
                    + log.substring(Math.max(0, error.start() - 200), Math.min(log.length(), error.end() + 400)));
        }
    }

    /**
     * A clue registered on the node with supervision due today, and the reminders run there: one reminder mail
     * queued in the outbox; answers the outbox's reference of that mail.
     */
    private static String remindedToday(ClusterNode node, String summary) {
        String api = node.baseUrl() + "/api/v1";
        Api.Reply registered = Api.as("office").post(api + "/clues", "{\"source\": \"AUDIT\", \"receivedOn\": \""
                + Dates.TODAY + "\", \"enterprise\": \"YBNYXN\", \"summary\": \"" + summary + "\"}");
        assertEquals(201, registered.status(), registered::toString);
        String no = registered.json().getJsonObject("clue").getString("ledgerNo");
        Api.Reply supervised = Api.as("leader").post(api + "/clues/" + no + "/supervision", "{\"deadline\": \""
                + Dates.TODAY + "\", \"progressIntervalDays\": 7, \"version\": 0}");
        assertEquals(200, supervised.status(), supervised::toString);
        Api.Reply run = Api.as("office").post(api + "/clues/reminders", "");
        assertEquals(200, run.status(), run::toString);
        return "clue-reminder:" + no + ":AT:" + Dates.TODAY;
    }

    /** The mails about the clue of the outbox's reference (its subject names the clue). */
    private static Predicate<MailCatcher.Mail> about(String reference) {
        String no = reference.split(":")[1];
        return mail -> mail.subject() != null && mail.subject().contains(no);
    }

    /** Waits until the outbox's mail went out, once: sent, at the first attempt. */
    private static void awaitSent(String reference, Duration atMost) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        while (true) {
            try (Connection db = cluster.database();
                 PreparedStatement mail = db.prepareStatement("SELECT sent_at IS NOT NULL, attempts FROM mail_outbox WHERE reference = ?")) {
                mail.setString(1, reference);
                try (ResultSet row = mail.executeQuery()) {
                    assertTrue(row.next(), "queued: " + reference);
                    if (row.getBoolean(1)) {
                        assertEquals(1, row.getInt(2), "sent at the first attempt, once: " + reference);
                        assertFalse(row.next(), "one mail: " + reference);
                        return;
                    }
                }
            }
            assertTrue(Instant.now().isBefore(deadline), "sent within " + atMost.toSeconds() + " s: " + reference);
            Thread.sleep(500);
        }
    }

    /** The dispatcher's runs that started after the instant (period start, node), oldest first, once there are enough. */
    private static List<String[]> awaitRuns(Instant after, int count, Duration atMost) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        while (true) {
            List<String[]> runs = new ArrayList<>();
            try (Connection db = cluster.database();
                 PreparedStatement read = db.prepareStatement("SELECT started_at, node FROM job_run WHERE job = 'mail-outbox' "
                         + "AND started_at > ? ORDER BY period_start")) {
                read.setObject(1, after.atOffset(ZoneOffset.UTC));
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        runs.add(new String[]{rows.getObject(1, OffsetDateTime.class).toInstant().toString(), rows.getString(2)});
                    }
                }
            }
            if (runs.size() >= count) {
                return runs;
            }
            assertTrue(Instant.now().isBefore(deadline), count + " runs of the dispatcher within " + atMost.toSeconds() + " s: " + runs.size());
            Thread.sleep(1000);
        }
    }

    private static void clearSignInCache() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", cluster.configDir().resolve("clear-sign-in-cache.sh").toString(),
                cluster.a().home().toString()));
        cluster.nodes().forEach(node -> command.add(node.controller()));
        Process clear = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(clear.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(clear.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, clear.exitValue(), output);
    }

    /**
     * Once the sealer has chained every entry, the full check through the node walks them all (on the standby when
     * there is one, so it must have replayed them): intact, and exactly as many as the trail holds.
     */
    private static void assertFullCheckIntactWithEveryEntry(ClusterNode node) throws SQLException, InterruptedException {
        long entries = awaitAllSealed(Duration.ofSeconds(30));
        if (standbyRunning()) {
            cluster.postgres().awaitStandbyReplayed(Duration.ofSeconds(30));
        }
        JsonObject verify = Api.as("auditor").get(node.baseUrl() + "/api/v1/audit/verify?full=true").json();
        assertTrue(verify.getBoolean("intact"), verify::toString);
        assertEquals(0, verify.getJsonNumber("awaitingSeal").longValue(), verify::toString);
        assertEquals(entries, verify.getJsonNumber("entriesChecked").longValue(), verify::toString);
    }

    /** Waits until no entry awaits its seal; answers how many entries the trail then holds. */
    private static long awaitAllSealed(Duration atMost) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        try (Connection db = cluster.database()) {
            while (true) {
                try (PreparedStatement pending = db.prepareStatement("SELECT (SELECT count(*) FROM audit_pending), "
                        + "(SELECT count(*) FROM audit_entry)");
                     ResultSet row = pending.executeQuery()) {
                    row.next();
                    if (row.getLong(1) == 0) {
                        return row.getLong(2);
                    }
                    assertTrue(Instant.now().isBefore(deadline), row.getLong(1) + " entries still await their seal after "
                            + atMost.toSeconds() + " s");
                }
                Thread.sleep(250);
            }
        }
    }

    /** Whether the standby still is one (before the failover test promotes it). */
    private static boolean standbyRunning() throws SQLException {
        try (Connection db = DriverManager.getConnection(cluster.postgres().standby().jdbcUrl("postgres"), "postgres", "");
             PreparedStatement recovery = db.prepareStatement("SELECT pg_is_in_recovery()");
             ResultSet row = recovery.executeQuery()) {
            row.next();
            return row.getBoolean(1);
        }
    }

    private static long entriesNaming(String marker) throws SQLException {
        try (Connection db = cluster.database();
             PreparedStatement count = db.prepareStatement("SELECT count(*) FROM audit_entry WHERE details LIKE ?")) {
            count.setString(1, "%" + marker + "%");
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * Clients reading the clue ledger as the office, each on one node (alternating), as fast as they can: every read
     * is an audit entry, written in the request's transaction. Records when each request ended and how.
     */
    private static final class Load {

        private final ExecutorService clients;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger[] servedBy = {new AtomicInteger(), new AtomicInteger()};

        private Load(int clients) {
            this.clients = Executors.newFixedThreadPool(clients);
        }

        static Load start(int clients, String marker) {
            Load load = new Load(clients);
            System.out.printf("[cluster] %d clients start reading the ledger as the office%n", clients);
            Api office = Api.as("office");
            for (int i = 0; i < clients; i++) {
                int node = i % 2;
                String url = cluster.nodes().get(node).baseUrl() + "/api/v1/clues?size=1&q=" + marker;
                load.clients.submit(() -> {
                    while (load.running.get()) {
                        boolean ok;
                        Instant sent = Instant.now();
                        try {
                            ok = office.get(url).status() == 200;
                        } catch (RuntimeException e) {
                            ok = false;
                        }
                        load.outcomes.add(new Outcome(Instant.now(), ok, Duration.between(sent, Instant.now())));
                        if (ok) {
                            load.servedBy[node].incrementAndGet();
                        } else {
                            sleepQuietly(100);
                        }
                    }
                });
            }
            return load;
        }

        void stop() throws InterruptedException {
            running.set(false);
            clients.shutdown();
            assertTrue(clients.awaitTermination(2, TimeUnit.MINUTES), "the clients ended");
        }

        long succeeded() {
            return snapshot().stream().filter(Outcome::ok).count();
        }

        long failed() {
            return snapshot().stream().filter(outcome -> !outcome.ok()).count();
        }

        long succeededAfter(Instant instant) {
            return snapshot().stream().filter(outcome -> outcome.ok() && outcome.at().isAfter(instant)).count();
        }

        int servedBy(int node) {
            return servedBy[node].get();
        }

        /** From the switch to the first success after the last failure (zero when nothing failed). */
        Duration recoveredAfter(Instant switched) {
            List<Outcome> all = snapshot();
            Instant lastFailure = all.stream().filter(outcome -> !outcome.ok()).map(Outcome::at).max(Instant::compareTo).orElse(null);
            if (lastFailure == null) {
                return Duration.ZERO;
            }
            Instant recovered = all.stream().filter(outcome -> outcome.ok() && outcome.at().isAfter(lastFailure))
                    .map(Outcome::at).min(Instant::compareTo).orElse(Instant.MAX);
            return recovered.equals(Instant.MAX) ? Duration.ofDays(1) : Duration.between(switched, recovered);
        }

        /** The outcomes so far, copied while the clients may still add to them. */
        private List<Outcome> snapshot() {
            synchronized (outcomes) {
                return new ArrayList<>(outcomes);
            }
        }

        private static void sleepQuietly(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** The slowest request's time and the median, for the log. */
        String latencies() {
            List<Duration> times = snapshot().stream().map(Outcome::took).sorted().toList();
            return times.isEmpty() ? "no requests" : "median " + times.get(times.size() / 2).toMillis() + " ms, slowest "
                    + times.get(times.size() - 1).toMillis() + " ms";
        }

        private record Outcome(Instant at, boolean ok, Duration took) {
        }
    }
}
