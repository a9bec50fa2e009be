package com.soegroup.accountability.annual;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A row of the annual reports' list: the report, its year and enterprise by name, its state, and the day it is due
 * (null once submitted) with the days it is late (0 when not).
 */
public record AnnualSummary(String reportNo, int year, String enterpriseCode, String enterpriseName, AnnualState state,
                            LocalDate dueOn, int daysLate) implements Serializable {

    public boolean overdue() {
        return daysLate > 0;
    }
}
