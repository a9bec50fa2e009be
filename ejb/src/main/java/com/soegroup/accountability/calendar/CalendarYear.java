package com.soegroup.accountability.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A year whose calendar is kept, with the notice it follows (name and number, e.g. 国办发明电〔2025〕7号). */
@Entity
@Table(name = "calendar_year")
public class CalendarYear {

    @Id
    private int year;

    @Column(nullable = false)
    private String source;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected CalendarYear() {
    }

    CalendarYear(int year, String source, String updatedBy, Instant updatedAt) {
        this.year = year;
        changed(source, updatedBy, updatedAt);
    }

    void changed(String source, String updatedBy, Instant updatedAt) {
        this.source = source;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public int year() { return year; }
    public String source() { return source; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
    public int version() { return version; }
}
