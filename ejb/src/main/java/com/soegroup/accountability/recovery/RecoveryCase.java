package com.soegroup.accountability.recovery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The recovery of one case as a whole: when the office last followed it up, and the request to write the balance
 * off as irrecoverable with LEADER's answer. A refused request may be made again (with a new reason).
 */
@Entity
@Table(name = "recovery_case")
public class RecoveryCase {

    @Id
    @Column(name = "investigation_id")
    private Long investigationId;

    @Column(name = "followed_up_on")
    private LocalDate followedUpOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "irrecoverable_status")
    private IrrecoverableStatus status;

    @Column(name = "irrecoverable_amount", precision = 18, scale = 2)
    private BigDecimal amount;

    @Column(name = "irrecoverable_reason")
    private String reason;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private String opinion;

    @Version
    private int version;

    protected RecoveryCase() {
    }

    RecoveryCase(Long investigationId) {
        this.investigationId = investigationId;
    }

    void followedUp(LocalDate on) {
        this.followedUpOn = on;
    }

    void request(BigDecimal balance, String why, String by, Instant at) {
        this.status = IrrecoverableStatus.PENDING;
        this.amount = balance;
        this.reason = why;
        this.requestedBy = by;
        this.requestedAt = at;
        this.decidedBy = null;
        this.decidedAt = null;
        this.opinion = null;
    }

    void decide(boolean approve, String opinionText, String by, Instant at) {
        this.status = approve ? IrrecoverableStatus.APPROVED : IrrecoverableStatus.REFUSED;
        this.opinion = opinionText;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long investigationId() { return investigationId; }
    public LocalDate followedUpOn() { return followedUpOn; }
    public IrrecoverableStatus status() { return status; }
    public BigDecimal amount() { return amount; }
    public String reason() { return reason; }
    public String requestedBy() { return requestedBy; }
    public Instant requestedAt() { return requestedAt; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String opinion() { return opinion; }
    public int version() { return version; }
}
