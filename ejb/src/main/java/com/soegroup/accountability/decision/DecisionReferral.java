package com.soegroup.accountability.decision;

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
 * A referral (M§5) to the discipline-inspection or a judicial organ and, once it comes back, the disciplinary
 * sanction with the first day it stops blocking promotion (rules.md §8: the longer period governs).
 */
@Entity
@Table(name = "decision_referral")
public class DecisionReferral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id", updatable = false)
    private Decision decision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReferralKind kind;

    @Column(nullable = false, updatable = false)
    private String organ;

    @Column(name = "referred_on", nullable = false, updatable = false)
    private LocalDate referredOn;

    @Column(nullable = false, updatable = false)
    private String reference;

    private String sanction;

    @Column(name = "sanctioned_on")
    private LocalDate sanctionedOn;

    @Column(name = "eligible_from")
    private LocalDate eligibleFrom;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private int version;

    protected DecisionReferral() {
    }

    DecisionReferral(Decision decision, ReferralKind kind, String organ, LocalDate referredOn, String reference,
                     String by, Instant at) {
        this.decision = decision;
        this.kind = kind;
        this.organ = organ;
        this.referredOn = referredOn;
        this.reference = reference;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    void sanctioned(String sanction, LocalDate on, LocalDate eligibleFrom, String by, Instant at) {
        this.sanction = sanction;
        this.sanctionedOn = on;
        this.eligibleFrom = eligibleFrom;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long id() { return id; }
    public Decision decision() { return decision; }
    public ReferralKind kind() { return kind; }
    public String organ() { return organ; }
    public LocalDate referredOn() { return referredOn; }
    public String reference() { return reference; }
    public String sanction() { return sanction; }
    public LocalDate sanctionedOn() { return sanctionedOn; }
    public LocalDate eligibleFrom() { return eligibleFrom; }
    public int version() { return version; }
}
