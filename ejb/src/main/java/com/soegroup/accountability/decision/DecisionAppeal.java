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

import java.time.LocalDate;

/** An appeal (申诉, M§38) against a served decision; it suspends nothing, its result applies from its date. */
@Entity
@Table(name = "decision_appeal")
public class DecisionAppeal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id", updatable = false)
    private Decision decision;

    @Column(name = "filed_on", nullable = false, updatable = false)
    private LocalDate filedOn;

    @Column(nullable = false, updatable = false)
    private String grounds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppealStatus status;

    @Column(name = "result_on")
    private LocalDate resultOn;

    @Column(name = "result_reason")
    private String resultReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replacement_id")
    private Decision replacement;

    @Column(name = "filed_by", nullable = false, updatable = false)
    private String filedBy;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Version
    private int version;

    protected DecisionAppeal() {
    }

    DecisionAppeal(Decision decision, LocalDate filedOn, String grounds, String by) {
        this.decision = decision;
        this.filedOn = filedOn;
        this.grounds = grounds;
        this.filedBy = by;
        this.status = AppealStatus.FILED;
    }

    void resolve(AppealStatus result, LocalDate on, String reason, Decision replacement, String by) {
        this.status = result;
        this.resultOn = on;
        this.resultReason = reason;
        this.replacement = replacement;
        this.resolvedBy = by;
    }

    public Long id() { return id; }
    public Decision decision() { return decision; }
    public LocalDate filedOn() { return filedOn; }
    public String grounds() { return grounds; }
    public AppealStatus status() { return status; }
    public LocalDate resultOn() { return resultOn; }
    public String resultReason() { return resultReason; }
    public Decision replacement() { return replacement; }
    public String filedBy() { return filedBy; }
    public String resolvedBy() { return resolvedBy; }
    public int version() { return version; }
}
