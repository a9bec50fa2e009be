package com.soegroup.accountability.inspection;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A campaign with its checklist, the progress of each enterprise the caller sees, its history, the working days
 * left until the due date (negative when past) and whether the caller may close it.
 */
public record CampaignDetail(CampaignSummary summary, String createdBy, Instant createdAt, Instant closedAt,
                             int workingDaysLeft, List<CampaignItemView> items, List<SheetProgress> progress,
                             List<CampaignHistoryEntry> history, boolean mayClose, int version) implements Serializable {
}
