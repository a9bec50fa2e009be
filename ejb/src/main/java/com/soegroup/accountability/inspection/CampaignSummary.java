package com.soegroup.accountability.inspection;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A campaign's line of the list, with its progress over the sheets the caller sees: how many answer, have
 * submitted, are accepted, are overdue, and the problems found and clues raised.
 */
public record CampaignSummary(String campaignNo, String title, String topic, String rootCode, String rootName,
                              LocalDate dueDate, CampaignStatus status, long sheets, long submitted, long accepted,
                              long overdue, long problems, long clues) implements Serializable {
}
