package com.soegroup.accountability.it.clue;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Database;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.soegroup.accountability.testsupport.ClueFixtures.registered;
import static com.soegroup.accountability.testsupport.Dates.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Flagged supervision (挂牌督办): a leader flags a clue, progress is reported, the deadline reminds (a reminder
 * record and a task on the home page, whether or not mail goes out), and an overdue clue is marked.
 */
class ClueSupervisionIT extends ApplicationIT {

    @Test
    void aLeaderFlagsAClueAndTheDeadlineRemindsOnceAsRecordAndTask() throws Exception {
        String no = registered("office", "YBNYXN", "新能源公司光伏电站项目未经可研论证即开工");
        assertEquals(403, supervise("office", no, 0, TODAY).status(), "only a leader flags");

        Api.Reply flagged = supervise("leader", no, 0, TODAY);
        assertEquals(200, flagged.status(), flagged::toString);
        JsonObject supervision = flagged.json().getJsonObject("supervision");
        assertEquals("leader", supervision.getString("leader"));
        assertEquals(TODAY, supervision.getString("deadline"));
        assertTrue(flagged.json().getJsonObject("clue").getBoolean("supervised"));
        assertEquals(409, supervise("leader", no, 1, TODAY).status(), "already supervised");

        Api.Reply progress = Api.as("office").post("/clues/" + no + "/supervision/progress", "{\"text\": \"已约谈项目负责人，正在调取决策资料\"}");
        assertEquals(200, progress.status(), progress::toString);
        assertEquals("已约谈项目负责人，正在调取决策资料", progress.json().getJsonObject("supervision").getJsonArray("progress")
                .getJsonObject(0).getString("text"));

        assertEquals(403, Api.as("leader").post("/clues/reminders", "").status());
        Api.Reply run = Api.as("office").post("/clues/reminders", "");
        assertEquals(200, run.status(), run::toString);
        assertTrue(run.json().getInt("created") >= 1, run::toString);
        assertEquals(List.of("AT"), reminders(no));
        Api.as("office").post("/clues/reminders", "");
        assertEquals(List.of("AT"), reminders(no), "a second run reminds no more");

        List<JsonObject> tasks = Api.as("leader").get("/me/tasks").parse().asJsonArray().getValuesAs(JsonObject.class);
        JsonObject task = tasks.stream().filter(t -> t.getString("object").equals(no)).findFirst().orElseThrow(() -> new AssertionError(tasks));
        assertEquals("SUPERVISION_DEADLINE", task.getString("kind"));
        assertFalse(task.getBoolean("overdue"));
        assertTrue(task.getString("link").endsWith("/clue/detail.xhtml?no=" + no), task::toString);
        // HR has work of its own now (pay data to enter, issue 17), but never on a clue
        assertEquals(0, Api.as("hr").get("/me/tasks").parse().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("object").equals(no) || !t.getString("kind").equals("PAY_DATA_MISSING")).count());
    }

    @Test
    void anOverdueSupervisedClueIsMarkedInTheLedgerAndTheTasks() throws Exception {
        String no = registered("office", "YBJRZL", "租赁公司售后回租项目承租人资信审查缺失");
        assertEquals(200, supervise("leader", no, 0, LocalDate.parse(TODAY).plusDays(10).toString()).status());
        String yesterday = LocalDate.parse(TODAY).minusDays(1).toString();
        try (Connection db = Database.connect();
             PreparedStatement clue = db.prepareStatement("UPDATE clue SET supervision_deadline = ?::date WHERE ledger_no = ?");
             PreparedStatement sup = db.prepareStatement("UPDATE supervision SET deadline = ?::date WHERE clue_id = (SELECT id FROM clue WHERE ledger_no = ?)")) {
            // time passes: the deadline the leader set is yesterday now
            for (PreparedStatement s : List.of(clue, sup)) {
                s.setString(1, yesterday);
                s.setString(2, no);
                assertEquals(1, s.executeUpdate());
            }
        }
        JsonObject overdue = Api.as("office").get("/clues?overdue=true&q=" + no).json();
        assertEquals(1, overdue.getInt("total"), overdue::toString);
        assertTrue(overdue.getJsonArray("items").getJsonObject(0).getBoolean("overdue"));
        assertEquals(0, Api.as("office").get("/clues?overdue=true&supervised=false&q=" + no).json().getInt("total"));

        JsonObject task = Api.as("office").get("/me/tasks").parse().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("object").equals(no) && t.getString("kind").equals("SUPERVISION_DEADLINE"))
                .findFirst().orElseThrow();
        assertTrue(task.getBoolean("overdue"));
        Api.as("office").post("/clues/reminders", "");
        assertEquals(List.of("OVERDUE"), reminders(no));
    }

    static Api.Reply supervise(String user, String no, int version, String deadline) {
        return Api.as(user).post("/clues/" + no + "/supervision", "{\"deadline\": \"" + deadline
                + "\", \"progressIntervalDays\": 7, \"version\": " + version + "}");
    }

    static List<String> reminders(String no) throws Exception {
        try (Connection db = Database.connect();
             PreparedStatement q = db.prepareStatement("SELECT r.kind, r.recipient FROM clue_reminder r JOIN clue c ON c.id = r.clue_id "
                     + "WHERE c.ledger_no = ? ORDER BY r.id")) {
            q.setString(1, no);
            List<String> kinds = new ArrayList<>();
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    assertEquals("leader", rows.getString(2));
                    kinds.add(rows.getString(1));
                }
            }
            return kinds;
        }
    }
}
