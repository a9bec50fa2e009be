package com.soegroup.accountability.inspection;

import java.io.Serializable;
import java.time.Instant;

/** A line of a campaign's history; {@code enterprise} names the sheet's enterprise for a sheet's step. */
public record CampaignHistoryEntry(Instant at, String userId, CampaignHistory.Action action, SheetStatus from,
                                   SheetStatus to, String enterprise, String reason, String details)
        implements Serializable {
}
