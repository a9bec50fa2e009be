package com.soegroup.accountability.shared;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * One line of a record's history (a clue's, a case's, a decision's): who, when, what happened, from which
 * status to which, why. Lines are only ever added: the entities are immutable and each table's trigger
 * refuses a change.
 *
 * @param <A> what can happen to the record
 * @param <S> the record's statuses
 */
@MappedSuperclass
public abstract class HistoryLine<A extends Enum<A>, S extends Enum<S>> {

    /** The longest details a line keeps (its column's length). */
    public static final int MAX_DETAILS = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private A action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private S fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private S toStatus;

    private String reason;

    private String details;

    @Version
    private int version;

    protected HistoryLine() {
    }

    /** A line; a state change carries from and to, other acts neither. Details beyond the column are cut. */
    protected HistoryLine(Instant occurredAt, String userId, A action, S fromStatus, S toStatus, String reason,
                          String details) {
        this.occurredAt = occurredAt;
        this.userId = userId;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
        this.details = details == null || details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS);
    }

    public Long id() { return id; }
    public Instant occurredAt() { return occurredAt; }
    public String userId() { return userId; }
    public A action() { return action; }
    public S fromStatus() { return fromStatus; }
    public S toStatus() { return toStatus; }
    public String reason() { return reason; }
    public String details() { return details; }
}
