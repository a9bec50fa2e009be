package com.soegroup.accountability.clue;

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

/**
 * A reminder of a supervision deadline, before it, on it or after it passed; one per clue, kind and day. Its mail
 * is a row of the mail outbox ({@link ClueReminderJob#reference}); the table's {@code mail_sent} is no longer
 * written (V34).
 */
@Entity
@Table(name = "clue_reminder")
public class ClueReminder {

    public enum Kind { BEFORE, AT, OVERDUE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clue_id", updatable = false)
    private Clue clue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false)
    private String recipient;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected ClueReminder() {
    }

    ClueReminder(Clue clue, Kind kind, LocalDate dueOn, String recipient, Instant createdAt) {
        this.clue = clue;
        this.kind = kind;
        this.dueOn = dueOn;
        this.recipient = recipient;
        this.createdAt = createdAt;
    }

    public Clue clue() { return clue; }
    public Kind kind() { return kind; }
    public LocalDate dueOn() { return dueOn; }
    public String recipient() { return recipient; }
}
