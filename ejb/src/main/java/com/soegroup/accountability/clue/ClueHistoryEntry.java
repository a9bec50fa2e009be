package com.soegroup.accountability.clue;

import java.io.Serializable;
import java.time.Instant;

/** A line of a clue's history as pages and the API show it. */
public record ClueHistoryEntry(Instant at, String userId, ClueHistory.Action action, ClueStatus from, ClueStatus to,
                               String reason, String details) implements Serializable {
}
