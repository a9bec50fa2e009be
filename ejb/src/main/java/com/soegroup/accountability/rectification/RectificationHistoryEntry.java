package com.soegroup.accountability.rectification;

import java.io.Serializable;
import java.time.Instant;

public record RectificationHistoryEntry(Instant at, String userId, RectificationHistory.Action action,
                                        RectificationStatus from, RectificationStatus to, String reason,
                                        String details) implements Serializable {
}
