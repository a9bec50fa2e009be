package com.soegroup.accountability.testsupport;

import jakarta.json.JsonObject;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One-event-one-reports for the ITs: clues that raise them, and the report of a clue or case from the register. */
public final class IncidentFixtures {

    private IncidentFixtures() {
    }

    /** A clue of the office with a possible loss, received on {@code receivedOn}; its ledger number. */
    public static String clue(String enterprise, String summary, String loss, String receivedOn, String personsJson) {
        Api.Reply created = Api.as("office").post("/clues", "{\"source\": \"AUDIT\", \"receivedOn\": \"" + receivedOn
                + "\", \"enterprise\": \"" + enterprise + "\", \"summary\": \"" + summary + "\""
                + (loss == null ? "" : ", \"possibleLoss\": \"" + loss + "\"")
                + (personsJson == null ? "" : ", \"persons\": " + personsJson) + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonObject("clue").getString("ledgerNo");
    }

    /** The register's rows (as the office sees them) whose clue or case is {@code no}. */
    public static List<JsonObject> reportsOf(String no) {
        Api.Reply list = Api.as("office").get("/incident-reports");
        assertEquals(200, list.status(), list::toString);
        return list.parse().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> no.equals(r.getString("clueNo", null)) || no.equals(r.getString("caseNo", null))).toList();
    }

    /** The one report of the event of clue or case {@code no}, as the office reads it. */
    public static JsonObject reportOf(String no) {
        List<JsonObject> rows = reportsOf(no);
        assertEquals(1, rows.size(), () -> "one report for " + no + ": " + rows);
        return detail(rows.get(0).getString("reportNo"));
    }

    public static JsonObject detail(String reportNo) {
        Api.Reply reply = Api.as("office").get("/incident-reports/" + reportNo);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    /** OFFICE saves a text, submits, LEADER approves, OFFICE records it as sent: the stage under way goes out. */
    public static JsonObject sendStage(String reportNo) {
        int version = detail(reportNo).getInt("version");
        Api.Reply saved = Api.as("office").post("/incident-reports/" + reportNo + "/text", text(version, "阶段报告"));
        assertEquals(200, saved.status(), saved::toString);
        Api.Reply submitted = Api.as("office").post("/incident-reports/" + reportNo + "/submission",
                "{\"version\": " + saved.json().getInt("version") + "}");
        assertEquals(200, submitted.status(), submitted::toString);
        Api.Reply approved = Api.as("leader").post("/incident-reports/" + reportNo + "/approval",
                "{\"opinion\": \"同意报送\", \"version\": " + submitted.json().getInt("version") + "}");
        assertEquals(200, approved.status(), approved::toString);
        Api.Reply sent = Api.as("office").post("/incident-reports/" + reportNo + "/sent", "{\"sentOn\": \"" + Dates.TODAY
                + "\", \"channel\": \"国资委在线监管系统\", \"reference\": \"示范集团报〔" + Dates.YEAR + "〕1号\", \"recipient\": \"市国资委\", "
                + "\"version\": " + approved.json().getInt("version") + "}");
        assertEquals(200, sent.status(), sent::toString);
        assertTrue(sent.json().getJsonArray("sendings").size() > 0);
        return sent.json();
    }

    /** A text body with the five parts (the source naming {@code label}) and, for a progress report, what changed, at {@code version}. */
    public static String text(int version, String label) {
        return "{\"source\": \"审计发现（" + label + "）\", \"description\": \"2026年3月，物业公司违规出借资金。\", "
                + "\"impact\": \"可能损失约200万元。\", \"causes\": \"内控缺失。\", \"measures\": \"已冻结账户，启动核查。\", "
                + "\"changes\": \"案件进入新阶段（" + label + "）。\", "
                + "\"version\": " + version + "}";
    }
}
