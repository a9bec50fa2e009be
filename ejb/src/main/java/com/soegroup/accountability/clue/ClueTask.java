package com.soegroup.accountability.clue;

import java.time.LocalDate;

/**
 * An item of the signed-in user's open work on the home page and GET /me/tasks: what is due on which clue.
 * {@code kind}: SUPERVISION_DEADLINE, PROGRESS_DUE, CHECK_DEADLINE, AWAITING_DECISION.
 */
public record ClueTask(String kind, String ledgerNo, String enterpriseCode, String summary, LocalDate due,
                       boolean overdue) {
}
