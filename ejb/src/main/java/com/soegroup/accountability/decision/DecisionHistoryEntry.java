package com.soegroup.accountability.decision;

import java.io.Serializable;
import java.time.Instant;

public record DecisionHistoryEntry(Instant at, String userId, DecisionHistory.Action action, DecisionStatus from,
                                   DecisionStatus to, String reason, String details) implements Serializable {
}
