package com.soegroup.accountability.circular;

import java.io.Serializable;
import java.time.Instant;

/** A line of a circular's history as the page shows it (names and texts by the web layer). */
public record CircularHistoryEntry(Instant at, String userId, CircularHistory.Action action, CircularState from, CircularState to,
                                   String reason, String details) implements Serializable {
}
