package com.soegroup.accountability.report;

import java.io.Serializable;
import java.time.Instant;

/** A line of a report's history as the page shows it (names and texts by the web layer). */
public record IncidentHistoryEntry(Instant at, String userId, IncidentHistory.Action action, IncidentState from,
                                   IncidentState to, String reason, String details) implements Serializable {
}
