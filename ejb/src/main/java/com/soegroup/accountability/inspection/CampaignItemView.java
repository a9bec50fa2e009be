package com.soegroup.accountability.inspection;

import java.io.Serializable;

/** A checklist item as shown: its place, the circumstance it checks (code and citation) or none, its text. */
public record CampaignItemView(long id, int position, String circumstance, String text) implements Serializable {
}
