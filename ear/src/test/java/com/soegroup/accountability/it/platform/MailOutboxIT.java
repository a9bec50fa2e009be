package com.soegroup.accountability.it.platform;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.MailCatcher;
import com.soegroup.accountability.testsupport.TestEnvironment;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.jboss.dmr.Property;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import static com.soegroup.accountability.testsupport.ClueFixtures.registered;
import static com.soegroup.accountability.testsupport.Dates.TODAY;
import static com.soegroup.accountability.testsupport.Dates.daysFromToday;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scheduled jobs and the mail outbox, as a cluster relies on them: reminder mails are written to the outbox with
 * the run that causes them and sent once after it committed, by the dispatcher every 15 seconds; a run that rolls
 * back sends nothing; a mail server that refuses delays a mail without losing it; a period another node claimed in
 * {@code job_run} is skipped without an error; the timers are persistent and in China's time zone.
 * <p>
 * The mail server is the tests' {@link MailCatcher}, on the port the server's mail session sends to. The
 * dispatcher's 15 seconds are a fixed schedule, so the tests wait for it (at most {@link #DISPATCH} per mail).
 */
class MailOutboxIT extends ApplicationIT {

    /** A dispatcher firing comes every 15 seconds; a loaded build machine may start it a little late. */
    private static final Duration DISPATCH = Duration.ofSeconds(25);
    private static final String LEADER_MAIL = "leader@demo.soegroup.cn";
    private static final String DISPATCHER = "mail-outbox";

    @Test
    void aReminderRunQueuesOneMailPerReminderAndTheOutboxSendsEachOnceAfterTheCommit() throws Exception {
        String today = registered("office", "YBNYXN", "新能源公司风电项目设备采购未履行招标程序（提醒邮件）");
        String soon = registered("office", "YBJRZL", "租赁公司融资租赁项目租后检查流于形式（提醒邮件）");
        assertEquals(200, supervise(today, TODAY).status());
        assertEquals(200, supervise(soon, daysFromToday(2)).status());

        Api.Reply run = Api.as("office").post("/clues/reminders", "");
        assertEquals(200, run.status(), run::toString);
        assertTrue(run.json().getInt("created") >= 2, run::toString);
        String todayRef = reference(today, "AT", TODAY);
        String soonRef = reference(soon, "BEFORE", daysFromToday(2));
        assertEquals(1, outbox(todayRef).size(), "one mail per reminder");
        assertEquals(1, outbox(soonRef).size(), "one mail per reminder");
        Api.as("office").post("/clues/reminders", "");
        assertEquals(1, outbox(todayRef).size(), "a second run reminds and mails no more");

        MailCatcher.Mail mail = sentOnce(today);
        assertEquals(List.of(LEADER_MAIL), mail.recipients());
        assertEquals("【督办提醒】线索 " + today + " 今日（" + TODAY + "）到期", mail.subject());
        assertTrue(mail.body().contains(mail.subject() + "。\n请登录违规经营投资责任追究系统查看办理进展："
                + TestEnvironment.BASE_URL + "/clue/detail.xhtml?no=" + today), mail::body);
        assertEquals("【督办提醒】线索 " + soon + " 将于 " + daysFromToday(2) + " 到期", sentOnce(soon).subject());

        Row row = awaitRow(todayRef, r -> r.sentAt != null);
        assertEquals(LEADER_MAIL, row.recipient);
        assertNull(row.nextAttemptAt);
        assertEquals(1, row.attempts);
        awaitDispatchAfter(row.sentAt);
        assertEquals(1, catcher().mails(about(today)).size(), "a later firing does not send it again");
    }

    /**
     * The real failure of a reminder run: its reminder is taken by another transaction meanwhile (here the test's,
     * as another node's run would), so its insert fails on the key after the run has queued a mail for an earlier
     * clue. The run rolls back; that mail was never committed and never goes out. Before the outbox, it was sent.
     */
    @Test
    void aMailQueuedByARunThatRollsBackIsNeverSent() throws Exception {
        String first = registered("office", "YBJSLQ", "路桥公司收费站改造工程未经审批追加投资（回滚）");
        String second = registered("office", "YBNYRQ", "燃气公司管网工程物资采购价格明显偏高（回滚）");
        assertEquals(200, supervise(first, TODAY).status());
        assertEquals(200, supervise(second, daysFromToday(2)).status());

        Api.Reply failed;
        try (Connection other = Database.connect()) {
            other.setAutoCommit(false);
            try (PreparedStatement taken = other.prepareStatement("INSERT INTO clue_reminder (clue_id, kind, due_on, recipient, created_at) "
                    + "SELECT id, 'BEFORE', ?::date, 'leader', now() FROM clue WHERE ledger_no = ?")) {
                taken.setString(1, daysFromToday(2));
                taken.setString(2, second);
                assertEquals(1, taken.executeUpdate());
            }
            // the run goes deadline first: the first clue's reminder and mail, then it waits on the second's key
            CompletableFuture<Api.Reply> running = CompletableFuture.supplyAsync(() -> Api.as("office").post("/clues/reminders", ""));
            awaitInsertWaitingOnALock();
            other.commit();
            failed = running.get();
        }
        assertEquals(409, failed.status(), failed::toString);
        assertEquals("CONFLICT", failed.json().getString("error"));
        String firstRef = reference(first, "AT", TODAY);
        assertEquals(List.of(), outbox(firstRef), "the rolled-back run's mail is not in the outbox");

        Api.Reply again = Api.as("office").post("/clues/reminders", "");
        assertEquals(200, again.status(), again::toString);
        assertEquals(1, outbox(firstRef).size());
        // exactly one mail about the clue: the committed run's (sent in the run, the rolled-back one would be here too)
        sentOnce(first);
        awaitRow(firstRef, r -> r.sentAt != null);
    }

    @Test
    void aMailServerThatRefusesDelaysTheMailUntilItIsBackWithoutLosingIt() throws Exception {
        String no = registered("office", "YBJSWY", "物业公司外包服务合同未经集体决策续签（邮件服务器拒收）");
        assertEquals(200, supervise(no, TODAY).status());
        String ref = reference(no, "AT", TODAY);
        Row failed;
        catcher().refuse(true);
        try {
            assertEquals(200, Api.as("office").post("/clues/reminders", "").status());
            failed = awaitRow(ref, r -> r.attempts >= 1);
            assertNull(failed.sentAt);
            assertNotNull(failed.lastError);
            assertTrue(failed.lastError.contains("421"), failed.lastError);
            assertNotNull(failed.nextAttemptAt, "tried again later");
            assertTrue(failed.nextAttemptAt.isAfter(failed.createdAt.plusSeconds(30)), "after a wait: " + failed.nextAttemptAt);
            assertEquals(List.of(), catcher().mails(about(no)));
        } finally {
            catcher().refuse(false);
        }
        // time passes: the next attempt is due
        try (Connection db = Database.connect();
             PreparedStatement due = db.prepareStatement("UPDATE mail_outbox SET next_attempt_at = now() WHERE reference = ? AND sent_at IS NULL")) {
            due.setString(1, ref);
            assertEquals(1, due.executeUpdate());
        }
        MailCatcher.Mail mail = sentOnce(no);
        assertEquals("【督办提醒】线索 " + no + " 今日（" + TODAY + "）到期", mail.subject());
        Row sent = awaitRow(ref, r -> r.sentAt != null);
        assertEquals(failed.attempts + 1, sent.attempts);
    }

    /**
     * What a second node does when it fires for a period the first has claimed: nothing, and no error. The test
     * claims the next period as another node would; the mail queued meanwhile waits for the period after.
     */
    @Test
    void aPeriodAnotherNodeClaimedIsSkippedQuietlyAndEveryFiringIsRecordedOnce() throws Exception {
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        long logMark = Files.size(log);
        // a firing that has just finished: the next one is about 15 seconds away
        Instant done = awaitDispatchAfter(Instant.now().minusSeconds(1));
        Instant taken = done.plusSeconds(15);
        try (Connection db = Database.connect();
             PreparedStatement claim = db.prepareStatement("INSERT INTO job_run (job, period_start, node, started_at) VALUES (?, ?, 'other-node', now()) "
                     + "ON CONFLICT DO NOTHING")) {
            claim.setString(1, DISPATCHER);
            claim.setObject(2, OffsetDateTime.ofInstant(taken, ZoneOffset.UTC));
            assertEquals(1, claim.executeUpdate(), "the test claims " + taken + " before this node fires for it");
        }
        String no = registered("office", "YBWTJD", "文旅公司酒店装修工程结算未经审计（他节点认领）");
        assertEquals(200, supervise(no, TODAY).status());
        assertEquals(200, Api.as("office").post("/clues/reminders", "").status());
        sentOnce(no, DISPATCH.plusSeconds(15));
        Row row = awaitRow(reference(no, "AT", TODAY), r -> r.sentAt != null);
        assertFalse(row.sentAt.isBefore(done.plusSeconds(30)), "not sent in the period another node had: " + row.sentAt);

        awaitDispatchAfter(done.plusSeconds(29));
        List<Run> runs = runsFrom(done);
        String node = nodeName();
        assertEquals("other-node", runs.get(1).node, runs::toString);
        assertNull(runs.get(1).finishedAt, "this node did not run the other node's period");
        assertEquals(node, runs.get(0).node, "job_run.node is jboss.node.name: " + runs);
        assertEquals(node, runs.get(2).node, runs::toString);
        assertNotNull(runs.get(2).finishedAt);
        for (int i = 0; i < runs.size(); i++) {
            assertEquals(done.plusSeconds(15L * i), runs.get(i).periodStart, "one row per firing, every 15 seconds: " + runs);
        }
        for (Instant period : allPeriods()) {
            assertEquals(0, period.getEpochSecond() % 15, "periods start on the quarter minute: " + period);
            assertEquals(0, period.getNano(), period::toString);
        }

        String written = Files.readString(log, StandardCharsets.UTF_8).substring((int) Math.min(logMark, Files.size(log)));
        List<String> errors = written.lines().filter(line -> line.matches("^\\S+ \\S+ ERROR .*")).toList();
        assertEquals(List.of(), errors, "a skipped period is no error");
    }

    @Test
    void theTimersArePersistentAndRunInChinaTime() throws Exception {
        List<ModelNode> dispatcher = timers("MailDispatcher");
        List<ModelNode> reminders = timers("ClueReminderJob");
        assertEquals(1, dispatcher.size(), dispatcher::toString);
        assertEquals(1, reminders.size(), reminders::toString);
        for (ModelNode timer : List.of(dispatcher.get(0), reminders.get(0))) {
            assertTrue(timer.get("persistent").asBoolean(), timer::toString);
            assertTrue(timer.get("calendar-timer").asBoolean(), timer::toString);
            assertEquals("Asia/Shanghai", timer.get("schedule", "timezone").asString(), timer::toString);
        }
        assertEquals("*/15", dispatcher.get(0).get("schedule", "second").asString());
        assertEquals("7", reminders.get(0).get("schedule", "hour").asString());
        assertEquals("10", reminders.get(0).get("schedule", "minute").asString());
    }

    private static Api.Reply supervise(String no, String deadline) {
        return Api.as("leader").post("/clues/" + no + "/supervision", "{\"deadline\": \"" + deadline
                + "\", \"progressIntervalDays\": 7, \"version\": 0}");
    }

    private static String reference(String no, String kind, String dueOn) {
        return "clue-reminder:" + no + ":" + kind + ":" + dueOn;
    }

    private static MailCatcher catcher() {
        return TestEnvironment.mail();
    }

    private static Predicate<MailCatcher.Mail> about(String no) {
        return mail -> mail.subject() != null && mail.subject().contains(" " + no + " ");
    }

    private static MailCatcher.Mail sentOnce(String no) throws InterruptedException {
        return sentOnce(no, DISPATCH);
    }

    /** Waits for the clue's reminder mail to arrive and answers it; fails when none came or more than one. */
    private static MailCatcher.Mail sentOnce(String no, Duration max) throws InterruptedException {
        List<MailCatcher.Mail> mails = catcher().await(about(no), 1, max);
        assertEquals(1, mails.size(), () -> "one mail about " + no + " within " + max + ": " + mails);
        return mails.get(0);
    }

    private record Row(Instant createdAt, String recipient, int attempts, String lastError, Instant nextAttemptAt, Instant sentAt) {
    }

    private static List<Row> outbox(String reference) throws Exception {
        try (Connection db = Database.connect();
             PreparedStatement q = db.prepareStatement("SELECT created_at, recipient, attempts, last_error, next_attempt_at, sent_at "
                     + "FROM mail_outbox WHERE reference = ? ORDER BY id")) {
            q.setString(1, reference);
            List<Row> rows = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(instant(r, 1), r.getString(2), r.getInt(3), r.getString(4), instant(r, 5), instant(r, 6)));
                }
            }
            return rows;
        }
    }

    private static Row awaitRow(String reference, Predicate<Row> until) throws Exception {
        Instant end = Instant.now().plus(DISPATCH);
        List<Row> rows = outbox(reference);
        while ((rows.size() != 1 || !until.test(rows.get(0))) && Instant.now().isBefore(end)) {
            Thread.sleep(200);
            rows = outbox(reference);
        }
        assertEquals(1, rows.size(), rows::toString);
        assertTrue(until.test(rows.get(0)), rows::toString);
        return rows.get(0);
    }

    /** Waits for a firing of the dispatcher for a period after the instant to finish; answers its period. */
    private static Instant awaitDispatchAfter(Instant after) throws Exception {
        Instant end = Instant.now().plus(DISPATCH);
        try (Connection db = Database.connect();
             PreparedStatement q = db.prepareStatement("SELECT max(period_start) FROM job_run WHERE job = ? AND period_start > ? "
                     + "AND finished_at IS NOT NULL")) {
            q.setString(1, DISPATCHER);
            q.setObject(2, OffsetDateTime.ofInstant(after, ZoneOffset.UTC));
            while (true) {
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    Instant period = instant(r, 1);
                    if (period != null) {
                        return period;
                    }
                }
                assertTrue(Instant.now().isBefore(end), "no dispatcher run after " + after + " within " + DISPATCH);
                Thread.sleep(200);
            }
        }
    }

    /** Waits until the run's INSERT into clue_reminder waits on a lock (the test's uncommitted row). */
    private static void awaitInsertWaitingOnALock() throws Exception {
        Instant end = Instant.now().plus(DISPATCH);
        try (Connection db = Database.connect();
             PreparedStatement q = db.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                     + "AND query ILIKE '%insert into clue_reminder%'")) {
            while (true) {
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    if (r.getInt(1) > 0) {
                        return;
                    }
                }
                assertTrue(Instant.now().isBefore(end), "the reminder run never reached the taken reminder");
                Thread.sleep(100);
            }
        }
    }

    private record Run(Instant periodStart, String node, Instant finishedAt) {
    }

    private static List<Run> runsFrom(Instant from) throws Exception {
        try (Connection db = Database.connect();
             PreparedStatement q = db.prepareStatement("SELECT period_start, node, finished_at FROM job_run WHERE job = ? "
                     + "AND period_start BETWEEN ? AND ? ORDER BY period_start")) {
            q.setString(1, DISPATCHER);
            q.setObject(2, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            q.setObject(3, OffsetDateTime.ofInstant(from.plusSeconds(30), ZoneOffset.UTC));
            List<Run> runs = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    runs.add(new Run(instant(r, 1), r.getString(2), instant(r, 3)));
                }
            }
            assertEquals(3, runs.size(), runs::toString);
            return runs;
        }
    }

    private static List<Instant> allPeriods() throws Exception {
        try (Connection db = Database.connect();
             PreparedStatement q = db.prepareStatement("SELECT period_start FROM job_run WHERE job = ?")) {
            q.setString(1, DISPATCHER);
            List<Instant> periods = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    periods.add(instant(r, 1));
                }
            }
            assertFalse(periods.isEmpty());
            return periods;
        }
    }

    private static Instant instant(ResultSet row, int column) throws Exception {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The EJB timers of a bean of the deployed EJB jar, as the management model shows them. */
    private static List<ModelNode> timers(String bean) throws Exception {
        ModelNode read = new ModelNode();
        read.get("operation").set("read-resource");
        ModelNode address = read.get("address");
        address.add("deployment", "accountability.ear");
        address.add("subdeployment", "accountability-ejb.jar");
        address.add("subsystem", "ejb3");
        address.add("stateless-session-bean", bean);
        address.add("service", "timer-service");
        read.get("recursive").set(true);
        read.get("include-runtime").set(true);
        ModelNode result = management(read);
        List<ModelNode> timers = new ArrayList<>();
        if (result.hasDefined("timer")) {
            for (Property timer : result.get("timer").asPropertyList()) {
                timers.add(timer.getValue());
            }
        }
        return timers;
    }

    private static String nodeName() throws Exception {
        ModelNode read = new ModelNode();
        read.get("operation").set("read-attribute");
        read.get("address").add("core-service", "server-environment");
        read.get("name").set("node-name");
        return management(read).asString();
    }

    private static ModelNode management(ModelNode operation) throws Exception {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("remote+http", "localhost",
                Integer.getInteger("accountability.it.managementPort", 10090))) {
            ModelNode answer = client.execute(operation);
            assertEquals("success", answer.get("outcome").asString(), answer::toString);
            return answer.get("result");
        }
    }
}
