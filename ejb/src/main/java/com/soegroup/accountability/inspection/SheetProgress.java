package com.soegroup.accountability.inspection;

import java.io.Serializable;
import java.time.Instant;

/** One enterprise's line of a campaign's progress; {@code daysLate} counts working days past the due date. */
public record SheetProgress(String enterpriseCode, String enterpriseName, SheetStatus status, Instant submittedAt,
                            boolean overdue, int daysLate, long answered, long problems, long clues)
        implements Serializable {
}
