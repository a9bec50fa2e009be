package com.soegroup.accountability.org;

import java.io.Serializable;
import java.time.Instant;

/** One step of an organ's history: when, who (sign-in name), what (CREATED, UPDATED), the details as keys and values. */
public record OrganHistoryEntry(Instant at, String userId, OrganHistory.Action action, String details)
        implements Serializable {
}
