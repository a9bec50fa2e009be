package com.soegroup.accountability.report;

import java.io.Serializable;
import java.time.LocalDate;

/** A stage's deadline and when it was sent (null while not); {@code daysLate} in working days, 0 when on time. */
public record IncidentDeadline(IncidentKind kind, LocalDate dueOn, LocalDate sentOn, int daysLate) implements Serializable {
}
