package com.soegroup.accountability.shared;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days (工作日), which every deadline of the application counts: the rules give most periods in working
 * days, and a deadline that falls on a holiday moves to the next working day. Until the working-day calendar
 * (public holidays and the weekend days worked in exchange, 调休) is kept per year, Monday to Friday are the
 * working days; the calendar replaces {@link #isWorkingDay} and everything else follows from it.
 */
@ApplicationScoped
public class WorkingDays {

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** The day {@code days} working days after {@code from} (0: {@code from} itself if it is a working day, else the next one). */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days < 0");
        }
        LocalDate day = from;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The day {@code days} working days before {@code to}, for reminders ahead of a deadline. */
    public LocalDate minusWorkingDays(LocalDate to, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days < 0");
        }
        LocalDate day = to;
        for (int left = days; left > 0; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * Working days after {@code from} up to and including {@code to}: how late a deadline is on {@code to}
     * ({@code from} the deadline), or how many are left; negative when {@code to} is before {@code from}.
     */
    public int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
