package com.soegroup.accountability.investigation;

import com.soegroup.accountability.rule.sanction.Aggravating;
import com.soegroup.accountability.rule.sanction.Responsibility;
import com.soegroup.accountability.shared.CircumstanceRef;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The responsibility found for one subject (rules.md §3) with the facts, the evidence, the M§24 circumstances
 * of an enterprise head, and aggravating circumstances with their reason (§6). Decisions read this.
 */
@Entity
@Table(name = "responsibility_finding")
public class ResponsibilityFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "investigation_id", updatable = false)
    private Investigation investigation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id", updatable = false)
    private InvestigationSubject subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Responsibility responsibility;

    @Column(nullable = false)
    private String facts;

    @Column(nullable = false)
    private String evidence;

    private String circumstances;

    private String aggravating;

    @Column(name = "aggravating_reason")
    private String aggravatingReason;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** The circumstances found (M§7–M§16): required of every finding before the report is approved. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "finding_circumstance", joinColumns = @JoinColumn(name = "finding_id"))
    private Set<CircumstanceRef> violations = new LinkedHashSet<>();

    @Version
    private int version;

    protected ResponsibilityFinding() {
    }

    ResponsibilityFinding(Investigation investigation, InvestigationSubject subject) {
        this.investigation = investigation;
        this.subject = subject;
    }

    void record(Responsibility responsibility, String facts, String evidence, Set<HeadCircumstance> circumstances,
                Set<Aggravating> aggravating, String aggravatingReason, String by, Instant at) {
        this.responsibility = responsibility;
        this.facts = facts;
        this.evidence = evidence;
        this.circumstances = Codes.join(circumstances);
        this.aggravating = Codes.join(aggravating);
        this.aggravatingReason = aggravatingReason;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    void classify(Set<CircumstanceRef> found) {
        violations.clear();
        violations.addAll(found);
    }

    public Long id() { return id; }
    public InvestigationSubject subject() { return subject; }
    public Responsibility responsibility() { return responsibility; }
    public String facts() { return facts; }
    public String evidence() { return evidence; }
    public Set<HeadCircumstance> circumstances() { return Codes.split(circumstances, HeadCircumstance.class); }
    public Set<Aggravating> aggravating() { return Codes.split(aggravating, Aggravating.class); }
    public String aggravatingReason() { return aggravatingReason; }
    public String recordedBy() { return recordedBy; }
    public int version() { return version; }
    public Set<CircumstanceRef> violations() { return Set.copyOf(violations); }
}
