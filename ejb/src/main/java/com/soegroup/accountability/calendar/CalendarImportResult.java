package com.soegroup.accountability.calendar;

import java.io.Serializable;
import java.util.List;

/** What an import did: saved the year with its days, or — with any error — nothing at all. */
public record CalendarImportResult(int year, int rows, boolean saved, List<CalendarImportError> errors)
        implements Serializable {

    public CalendarImportResult {
        errors = List.copyOf(errors);
    }
}
