package com.soegroup.accountability.rectification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A reminder sent for a task's deadline: one per kind and deadline, so a moved deadline reminds again. */
@Entity
@Table(name = "rectification_reminder")
public class RectificationReminder {

    /** Before the deadline (the configured working days ahead), on the day, after it. */
    public enum Kind { BEFORE, AT, OVERDUE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rectification_id", updatable = false)
    private Rectification rectification;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected RectificationReminder() {
    }

    RectificationReminder(Rectification rectification, Kind kind, LocalDate dueOn, Instant createdAt) {
        this.rectification = rectification;
        this.kind = kind;
        this.dueOn = dueOn;
        this.createdAt = createdAt;
    }

    public Rectification rectification() { return rectification; }
    public Kind kind() { return kind; }
    public LocalDate dueOn() { return dueOn; }
}
