package com.soegroup.accountability.investigation;

import com.soegroup.accountability.rule.sanction.Exclusion;
import com.soegroup.accountability.rule.sanction.MitigatingCondition;
import com.soegroup.accountability.rule.sanction.Outcome;
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
import java.util.List;
import java.util.Set;

/**
 * A fault-tolerance evaluation (容错, rules.md §7) for one subject: exclusions checked, conditions found with their
 * evidence, the outcome proposed from the engine's allowed outcomes, and LEADER's approval.
 */
@Entity
@Table(name = "fault_tolerance_evaluation")
public class FaultToleranceEvaluation {

    public enum Status { PROPOSED, APPROVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "investigation_id", updatable = false)
    private Investigation investigation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id", updatable = false)
    private InvestigationSubject subject;

    private String exclusions;

    private String conditions;

    /** The matters of the set's exemption list found to apply, as codes (O46-2026-2), comma-separated. */
    private String exemptions;

    @Column(name = "condition_evidence")
    private String conditionEvidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(name = "rule_set_code", nullable = false)
    private String ruleSetCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "proposed_by", nullable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approval_note")
    private String approvalNote;

    @Version
    private int version;

    protected FaultToleranceEvaluation() {
    }

    FaultToleranceEvaluation(Investigation investigation, InvestigationSubject subject) {
        this.investigation = investigation;
        this.subject = subject;
    }

    void propose(Set<Exclusion> exclusions, Set<MitigatingCondition> conditions, String conditionEvidence, Outcome outcome,
                 String ruleSetCode, String by, Instant at) {
        this.exclusions = Codes.join(exclusions);
        this.conditions = Codes.join(conditions);
        this.conditionEvidence = conditionEvidence;
        this.exemptions = null;
        this.outcome = outcome;
        this.ruleSetCode = ruleSetCode;
        this.status = Status.PROPOSED;
        this.proposedBy = by;
        this.proposedAt = at;
        this.approvedBy = null;
        this.approvedAt = null;
        this.approvalNote = null;
    }

    /** Records the exemption matters found (after {@link #propose}, which clears them). */
    void exempt(List<String> codes) {
        this.exemptions = codes.isEmpty() ? null : String.join(",", codes);
    }

    void approve(String by, Instant at, String note) {
        this.status = Status.APPROVED;
        this.approvedBy = by;
        this.approvedAt = at;
        this.approvalNote = note;
    }

    public Long id() { return id; }
    public InvestigationSubject subject() { return subject; }
    public Set<Exclusion> exclusions() { return Codes.split(exclusions, Exclusion.class); }
    public Set<MitigatingCondition> conditions() { return Codes.split(conditions, MitigatingCondition.class); }
    public String conditionEvidence() { return conditionEvidence; }
    public List<String> exemptions() { return exemptions == null ? List.of() : List.of(exemptions.split(",")); }
    public Outcome outcome() { return outcome; }
    public String ruleSetCode() { return ruleSetCode; }
    public Status status() { return status; }
    public String proposedBy() { return proposedBy; }
    public String approvedBy() { return approvedBy; }
    public Instant approvedAt() { return approvedAt; }
    public String approvalNote() { return approvalNote; }
    public int version() { return version; }
}
