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

/** A request for more time (延期申请) with its reason; LEADER approves (the deadline moves) or refuses, with an opinion. */
@Entity
@Table(name = "rectification_extension")
public class RectificationExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rectification_id", updatable = false)
    private Rectification rectification;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "previous_deadline", nullable = false, updatable = false)
    private LocalDate previousDeadline;

    @Column(name = "requested_deadline", nullable = false, updatable = false)
    private LocalDate requestedDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExtensionStatus status;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private String opinion;

    @Version
    private int version;

    protected RectificationExtension() {
    }

    RectificationExtension(Rectification rectification, String reason, LocalDate requestedDeadline, String by, Instant at) {
        this.rectification = rectification;
        this.reason = reason;
        this.previousDeadline = rectification.deadline();
        this.requestedDeadline = requestedDeadline;
        this.status = ExtensionStatus.REQUESTED;
        this.requestedBy = by;
        this.requestedAt = at;
    }

    void decide(boolean approved, String opinion, String by, Instant at) {
        this.status = approved ? ExtensionStatus.APPROVED : ExtensionStatus.REFUSED;
        this.opinion = opinion;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long id() { return id; }
    public Rectification rectification() { return rectification; }
    public String reason() { return reason; }
    public LocalDate previousDeadline() { return previousDeadline; }
    public LocalDate requestedDeadline() { return requestedDeadline; }
    public ExtensionStatus status() { return status; }
    public String requestedBy() { return requestedBy; }
    public Instant requestedAt() { return requestedAt; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String opinion() { return opinion; }
    public int version() { return version; }
}
