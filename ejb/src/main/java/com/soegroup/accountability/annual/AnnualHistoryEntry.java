package com.soegroup.accountability.annual;

import java.io.Serializable;
import java.time.Instant;

/** A line of a report's history as the page shows it (names and texts by the web layer). */
public record AnnualHistoryEntry(Instant at, String userId, AnnualHistory.Action action, AnnualState from, AnnualState to,
                                 String reason, String details) implements Serializable {
}
