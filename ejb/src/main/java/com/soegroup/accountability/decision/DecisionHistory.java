package com.soegroup.accountability.decision;

import org.hibernate.annotations.Immutable;
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

/** One line of a decision's history (the table refuses changes). */
@Entity
@Immutable
@Table(name = "decision_history")
public class DecisionHistory {

    /** What happened; a state change carries from and to. */
    public enum Action { PROPOSED, REVISED, LEGAL_REVIEW, TRANSITION, DEDUCTION_RECORDED, RECOVERY_RECORDED,
        REFERRED, SANCTION_RECORDED, APPEAL_FILED, APPEAL_RESOLVED, REPLACED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id", updatable = false)
    private Decision decision;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private DecisionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private DecisionStatus toStatus;

    private String reason;

    private String details;

    @Version
    private int version;

    protected DecisionHistory() {
    }

    DecisionHistory(Decision decision, Instant occurredAt, String userId, Action action, DecisionStatus fromStatus,
                    DecisionStatus toStatus, String reason, String details) {
        this.decision = decision;
        this.occurredAt = occurredAt;
        this.userId = userId;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
        this.details = details == null ? null : details.length() > 4000 ? details.substring(0, 4000) : details;
    }

    public Instant occurredAt() { return occurredAt; }
    public String userId() { return userId; }
    public Action action() { return action; }
    public DecisionStatus fromStatus() { return fromStatus; }
    public DecisionStatus toStatus() { return toStatus; }
    public String reason() { return reason; }
    public String details() { return details; }
}
