package com.soegroup.accountability.inspection;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A campaign as OFFICE launches it: title, topic, the enterprise whose subtree answers (by code), the due date and
 * the checklist (edited before launch, fixed after).
 */
public record CampaignData(String title, String topic, String enterprise, LocalDate dueDate, List<Item> items) {

    public CampaignData {
        items = items == null ? List.of() : items.stream().filter(i -> i != null).toList();
    }

    /** One checklist item: a circumstance of the catalogue in force (its code, "12-3") with its text, or free text. */
    public record Item(String circumstance, String text) implements Serializable {
    }
}
