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
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One line of a clue's history: who, when, from what, to what, why (the table refuses changes). */
@Entity
@Immutable
@Table(name = "clue_history")
public class ClueHistory {

    /** What happened; a state change carries from and to. */
    public enum Action { REGISTERED, TRANSITION, MERGED_IN, SUPERVISION_STARTED, SUPERVISION_PROGRESS, SUPERVISION_ENDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clue_id", updatable = false)
    private Clue clue;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ClueStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ClueStatus toStatus;

    private String reason;

    private String details;

    @Version
    private int version;

    protected ClueHistory() {
    }

    ClueHistory(Clue clue, Instant occurredAt, String userId, Action action, ClueStatus from, ClueStatus to,
                String reason, String details) {
        this.clue = clue;
        this.occurredAt = occurredAt;
        this.userId = userId;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.reason = reason;
        this.details = details == null || details.length() <= 4000 ? details : details.substring(0, 4000);
    }

    public Long id() { return id; }
    public Instant occurredAt() { return occurredAt; }
    public String userId() { return userId; }
    public Action action() { return action; }
    public ClueStatus fromStatus() { return fromStatus; }
    public ClueStatus toStatus() { return toStatus; }
    public String reason() { return reason; }
    public String details() { return details; }
}
