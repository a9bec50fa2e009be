package com.soegroup.accountability.it.task;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.MailCatcher;
import com.soegroup.accountability.testsupport.TestEnvironment;
import jakarta.json.JsonObject;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.soegroup.accountability.testsupport.Dates.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The daily to-do digest (issue 17): the persistent timer in China time, fired through the management model as the
 * schedule would, queues one mail per person with open work in the outbox — their own list, with each person's roles
 * and scope from the directory — and the dispatcher sends it; a person who opted out gets none, and a second run the
 * same day mails nobody twice.
 */
class TaskDigestIT extends ApplicationIT {

    private static final Duration DISPATCH = Duration.ofSeconds(40);

    @Test
    void theMorningDigestMailsEachPersonTheirOwnListExceptWhoOptedOut() throws Exception {
        List<ModelNode> timers = timers();
        assertEquals(1, timers.size(), timers::toString);
        ModelNode timer = timers.get(0);
        assertTrue(timer.get("persistent").asBoolean(), timer::toString);
        assertEquals("Asia/Shanghai", timer.get("schedule", "timezone").asString(), timer::toString);
        assertEquals("7", timer.get("schedule", "hour").asString());
        assertEquals("30", timer.get("schedule", "minute").asString());

        // each person has used the application lately (their reads are in the audit trail)
        for (String user : List.of("office", "leader", "liaison")) {
            assertEquals(200, Api.as(user).get("/clues?size=1").status());
        }
        JsonObject optedOut = Api.as("hr").put("/me/preferences", "{\"taskDigest\": false}").json();
        assertFalse(optedOut.getBoolean("taskDigest"), optedOut::toString);
        assertEquals("zh-CN", optedOut.getString("locale"), "the language stays as it was");
        assertEquals(400, Api.as("hr").put("/me/preferences", "{}").status(), "a PUT names what it changes");
        assertEquals(400, Api.as("hr").put("/me/preferences", "{\"taskDigest\": \"no\"}").status());
        assertEquals("en", Api.as("leader").put("/me/preferences", "{\"locale\": \"en\"}").json().getString("locale"));
        try {
            int officeTasks = Api.as("office").get("/me/tasks/summary").json().getInt("total");
            int leaderTasks = Api.as("leader").get("/me/tasks/summary").json().getInt("total");
            assertTrue(officeTasks > 0 && leaderTasks > 0);
            forgetTodaysRun();
            trigger(timer);

            String officeRef = "task-digest:office:" + TODAY;
            String leaderRef = "task-digest:leader:" + TODAY;
            List<String> office = awaitOutbox(officeRef);
            assertEquals("office@demo.soegroup.cn", office.get(0));
            assertTrue(office.get(1).startsWith("【待办提醒】您有 " + officeTasks + " 项待办"), office::toString);
            assertTrue(office.get(2).contains("全部待办：\n· 待受理线索："), office::toString);
            assertTrue(office.get(2).contains(TestEnvironment.BASE_URL + "/index.xhtml"), office::toString);
            List<String> leader = awaitOutbox(leaderRef);
            assertTrue(leader.get(1).startsWith("[To-do] You have " + leaderTasks + " open items"),
                    "the leader's own list, in the language the leader chose: " + leader);
            assertTrue(leader.get(2).contains("- Clues awaiting the accountability decision:"), leader::toString);
            assertFalse(leader.get(2).contains("Clues to accept"), "the office's work is not the leader's");
            assertEquals(0, outboxCount("task-digest:hr:" + TODAY), "HR opted out");
            assertEquals(0, outboxCount("task-digest:public-form:" + TODAY), "no directory entry, no mail");

            MailCatcher.Mail sent = TestEnvironment.mail().await(m -> m.recipients().contains("office@demo.soegroup.cn")
                    && m.subject().startsWith("【待办提醒】"), 1, DISPATCH).get(0);
            assertTrue(sent.body().contains("待受理线索"), sent::body);

            trigger(timer);
            forgetTodaysRun();
            trigger(timer);
            assertEquals(1, outboxCount(officeRef), "one digest a day, however often the job runs");
        } finally {
            assertTrue(Api.as("hr").put("/me/preferences", "{\"taskDigest\": true}").json().getBoolean("taskDigest"));
            assertEquals("zh-CN", Api.as("leader").put("/me/preferences", "{\"locale\": \"zh-CN\"}").json().getString("locale"));
        }
    }

    private static void forgetTodaysRun() throws Exception {
        try (Connection db = Database.connect();
             PreparedStatement forget = db.prepareStatement("DELETE FROM job_run WHERE job = 'task-digest'")) {
            forget.executeUpdate();
        }
    }

    /** The outbox row's recipient, subject and body, once the run has committed it. */
    private static List<String> awaitOutbox(String reference) throws Exception {
        Instant until = Instant.now().plus(DISPATCH);
        while (Instant.now().isBefore(until)) {
            try (Connection db = Database.connect();
                 PreparedStatement q = db.prepareStatement("SELECT recipient, subject, body FROM mail_outbox WHERE reference = ?")) {
                q.setString(1, reference);
                try (ResultSet r = q.executeQuery()) {
                    if (r.next()) {
                        return List.of(r.getString(1), r.getString(2), r.getString(3));
                    }
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no outbox row " + reference);
    }

    private static int outboxCount(String reference) throws Exception {
        try (Connection db = Database.connect();
             PreparedStatement q = db.prepareStatement("SELECT count(*) FROM mail_outbox WHERE reference = ?")) {
            q.setString(1, reference);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static ModelNode address() {
        ModelNode address = new ModelNode();
        address.add("deployment", "accountability.ear");
        address.add("subdeployment", "accountability-ejb.jar");
        address.add("subsystem", "ejb3");
        address.add("stateless-session-bean", "TaskDigestJob");
        address.add("service", "timer-service");
        return address;
    }

    private static List<ModelNode> timers() throws Exception {
        ModelNode read = new ModelNode();
        read.get("operation").set("read-resource");
        read.get("address").set(address());
        read.get("recursive").set(true);
        read.get("include-runtime").set(true);
        ModelNode result = management(read);
        List<ModelNode> timers = new ArrayList<>();
        if (result.hasDefined("timer")) {
            result.get("timer").asPropertyList().forEach(p -> {
                ModelNode t = p.getValue().clone();
                t.get("id").set(p.getName());
                timers.add(t);
            });
        }
        return timers;
    }

    /** Fires the timer now, as its schedule would in the morning. */
    private static void trigger(ModelNode timer) throws Exception {
        ModelNode trigger = new ModelNode();
        trigger.get("operation").set("trigger");
        ModelNode address = address();
        address.add("timer", timer.get("id").asString());
        trigger.get("address").set(address);
        management(trigger);
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
