package com.soegroup.accountability.investigation;

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

/** One line of an investigation's history (the table refuses changes). */
@Entity
@Immutable
@Table(name = "investigation_history")
public class InvestigationHistory {

    /** What happened; a state change carries from and to. */
    public enum Action { OPENED, TRANSITION, MEMBER_ASSIGNED, RECUSAL_DECLARED, CONFLICT_DECLARED, LOSS_ITEM_ADDED,
        LEVEL_DETERMINED, FINDING_RECORDED, FAULT_TOLERANCE_EVALUATED, FAULT_TOLERANCE_APPROVED, JURISDICTION_CONFIRMED,
        REPORT_TEXT_SAVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "investigation_id", updatable = false)
    private Investigation investigation;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private InvestigationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private InvestigationStatus toStatus;

    private String reason;

    private String details;

    @Version
    private int version;

    protected InvestigationHistory() {
    }

    public InvestigationHistory(Investigation investigation, Instant occurredAt, String userId, Action action,
                                InvestigationStatus fromStatus, InvestigationStatus toStatus, String reason, String details) {
        this.investigation = investigation;
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
    public InvestigationStatus fromStatus() { return fromStatus; }
    public InvestigationStatus toStatus() { return toStatus; }
    public String reason() { return reason; }
    public String details() { return details; }
}
