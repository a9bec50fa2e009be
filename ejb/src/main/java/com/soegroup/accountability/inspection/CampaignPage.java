package com.soegroup.accountability.inspection;

import java.util.List;

/** A page of campaigns and how many the caller sees in all. */
public record CampaignPage(long total, List<CampaignSummary> items) {
}
