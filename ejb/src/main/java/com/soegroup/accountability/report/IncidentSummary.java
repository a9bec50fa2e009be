package com.soegroup.accountability.report;

import com.soegroup.accountability.rule.level.LossLevel;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A row of the incident report register: the event (its clue and case by number, a title by words), the stage under
 * way and its deadline; {@code daysLate} in working days, 0 while not overdue.
 */
public record IncidentSummary(String reportNo, String enterpriseCode, String enterpriseName, String clueNo, String caseNo,
                              String title, LossLevel level, IncidentTrigger trigger, IncidentKind kind, IncidentState state,
                              LocalDate foundOn, LocalDate raisedOn, LocalDate dueOn, int daysLate) implements Serializable {

    public boolean overdue() {
        return daysLate > 0;
    }
}
