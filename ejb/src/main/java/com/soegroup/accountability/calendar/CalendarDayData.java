package com.soegroup.accountability.calendar;

import java.io.Serializable;
import java.time.LocalDate;

/** A special day as entered or read: the date, holiday or worked weekend day, and its name (春节, 春节调休上班). */
public record CalendarDayData(LocalDate day, DayKind kind, String name) implements Serializable {
}
