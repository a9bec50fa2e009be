package com.soegroup.accountability.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Cases and tasks for the rectification tests: a concluded case of an accepted clue (opened through the API, its
 * end of the workflow written into the database: the case workflow has its own tests), and a task assigned through
 * the API.
 */
public final class RectificationFixtures {

    private RectificationFixtures() {
    }

    /** A concluded case of a new accepted clue of the enterprise about these people; [case number, clue number]. */
    public static String[] concludedCase(String enterprise, String summary, String... subjects) {
        String clue = ClueFixtures.accepted(enterprise, summary);
        Api.Reply opened = InvestigationFixtures.open(List.of(clue), List.of(subjects));
        assertEquals(201, opened.status(), opened::toString);
        String caseNo = opened.json().getJsonObject("summary").getString("caseNo");
        sql("UPDATE investigation SET status = 'CONCLUDED', concluded_on = current_date WHERE case_no = ?", caseNo);
        return new String[] {caseNo, clue};
    }

    public static Api.Reply create(String source, String origin, String enterprise, String responsible, String deadline) {
        String link = switch (source) {
            case "CONCLUDED_INVESTIGATION" -> "\"caseNo\": \"" + origin + "\"";
            case "DECISION" -> "\"decisionNo\": \"" + origin + "\"";
            default -> "\"reference\": \"" + origin + "\"";
        };
        return Api.as("office").post("/rectifications", "{\"source\": \"" + source + "\", " + link + ", \"enterprise\": \""
                + enterprise + "\", \"department\": \"财务部\", \"responsible\": \"" + responsible + "\", \"liaison\": \"liaison\", "
                + "\"measure\": \"RULE_REVISION\", \"requirement\": \"修订资金出借审批制度，明确分级授权\", "
                + "\"fixes\": \"《资金管理办法》第十二条\", \"deadline\": \"" + deadline + "\"}");
    }

    /** A task's deadline moved into the past, as if the days had gone by. */
    public static void pastDeadline(String rectificationNo, int daysAgo) {
        sql("UPDATE rectification SET deadline = current_date - " + daysAgo + " WHERE rectification_no = ?", rectificationNo);
    }

    private static void sql(String statement, String parameter) {
        try (Connection db = Database.connect(); PreparedStatement update = db.prepareStatement(statement)) {
            update.setString(1, parameter);
            assertEquals(1, update.executeUpdate(), statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
