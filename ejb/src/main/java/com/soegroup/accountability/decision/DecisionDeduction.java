package com.soegroup.accountability.decision;

import com.soegroup.accountability.rule.payback.DeductionSource;
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

import java.math.BigDecimal;
import java.time.Instant;

/** A pay deduction another organ ordered for the same event and person (M§29): recorded, never added up. */
@Entity
@Table(name = "decision_deduction")
public class DecisionDeduction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id", updatable = false)
    private Decision decision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DeductionSource source;

    @Column(nullable = false, updatable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Version
    private int version;

    protected DecisionDeduction() {
    }

    DecisionDeduction(Decision decision, DeductionSource source, BigDecimal amount, String reference, String by, Instant at) {
        this.decision = decision;
        this.source = source;
        this.amount = amount;
        this.reference = reference;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long id() { return id; }
    public DeductionSource source() { return source; }
    public BigDecimal amount() { return amount; }
    public String reference() { return reference; }
    public String recordedBy() { return recordedBy; }
}
