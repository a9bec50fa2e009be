package com.soegroup.accountability.investigation;

import java.io.Serializable;
import java.time.Instant;

public record InvestigationHistoryEntry(Instant at, String user, InvestigationHistory.Action action, InvestigationStatus from,
                                        InvestigationStatus to, String reason, String details) implements Serializable {
}
