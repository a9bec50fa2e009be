package com.soegroup.accountability.rectification;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A line of the rectification board: the task by names, its deadline in force, whether it is overdue and by how
 * many working days, whether an extension waits for LEADER, and the clue it became when it was overdue.
 *
 * @param origin the case or decision number, or the reference text of a self-inspection or a regulator's request
 */
public record RectificationSummary(String rectificationNo, RectificationSource source, String origin,
                                   String enterpriseCode, String enterpriseName, String department,
                                   String responsibleName, RectificationMeasure measure, String requirement,
                                   LocalDate deadline, RectificationStatus status, boolean overdue, int daysLate,
                                   boolean extensionPending, String clueLedgerNo) implements Serializable {
}
