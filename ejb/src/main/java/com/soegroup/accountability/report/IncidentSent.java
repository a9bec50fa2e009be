package com.soegroup.accountability.report;

import java.io.Serializable;
import java.time.LocalDate;

/** A stage as it was sent: the approved version, its deadline, the day, channel, reference and recipient. */
public record IncidentSent(IncidentKind kind, int textNo, LocalDate dueOn, LocalDate sentOn, String channel,
                           String reference, String recipient, String approvedBy) implements Serializable {
}
