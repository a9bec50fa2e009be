package com.soegroup.accountability.inspection;

import java.io.Serializable;
import java.time.LocalDate;

/** A sheet in a liaison's list: the campaign, its due date, the sheet's state and how late it is. */
public record SheetLine(String campaignNo, String title, String topic, String enterpriseCode, String enterpriseName,
                        LocalDate dueDate, SheetStatus status, boolean overdue, int daysLate) implements Serializable {
}
