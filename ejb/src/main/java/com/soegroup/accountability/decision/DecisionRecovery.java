package com.soegroup.accountability.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.time.LocalDate;

/** An amount HR actually recovered or deducted for a decision (追薪), as it happened. */
@Entity
@Table(name = "decision_recovery")
public class DecisionRecovery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id", updatable = false)
    private Decision decision;

    @Column(name = "recovered_on", nullable = false, updatable = false)
    private LocalDate recoveredOn;

    @Column(nullable = false, updatable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    @Column(updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Version
    private int version;

    protected DecisionRecovery() {
    }

    DecisionRecovery(Decision decision, LocalDate recoveredOn, BigDecimal amount, String note, String by, Instant at) {
        this.decision = decision;
        this.recoveredOn = recoveredOn;
        this.amount = amount;
        this.note = note;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long id() { return id; }
    public LocalDate recoveredOn() { return recoveredOn; }
    public BigDecimal amount() { return amount; }
    public String note() { return note; }
    public String recordedBy() { return recordedBy; }
}
