package com.soegroup.accountability.shared;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * One year of the working-day calendar as {@link WorkingDays} counts with it: the days that differ from Monday to
 * Friday — public holidays ({@code false}) and weekend days worked in exchange, 调休 ({@code true}). A year nobody
 * has kept ({@link #kept} false) counts Monday to Friday.
 */
public record HolidayYear(int year, boolean kept, Map<LocalDate, Boolean> exceptions) implements Serializable {

    public HolidayYear {
        exceptions = Map.copyOf(exceptions);
    }

    public static HolidayYear notKept(int year) {
        return new HolidayYear(year, false, Map.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }
}
