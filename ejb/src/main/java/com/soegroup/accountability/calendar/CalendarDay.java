package com.soegroup.accountability.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** A day that is not as Monday to Friday would make it: a public holiday, or a weekend day worked. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    @Id
    private LocalDate day;

    @Column(nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DayKind kind;

    @Column(nullable = false)
    private String name;

    @Version
    private int version;

    protected CalendarDay() {
    }

    CalendarDay(LocalDate day, DayKind kind, String name) {
        this.day = day;
        this.year = day.getYear();
        this.kind = kind;
        this.name = name;
    }

    public LocalDate day() { return day; }
    public DayKind kind() { return kind; }
    public String name() { return name; }
}
