package com.soegroup.accountability.calendar;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A year of the calendar: whether it is kept, the notice it follows, who changed it last, and its special days in
 * date order. A year not kept has no source and no days, and counts Monday to Friday.
 */
public record CalendarYearDetail(int year, boolean kept, String source, String updatedBy, Instant updatedAt,
                                 List<CalendarDayData> days, int version) implements Serializable {

    public CalendarYearDetail {
        days = List.copyOf(days);
    }
}
