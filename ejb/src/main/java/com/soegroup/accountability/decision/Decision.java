package com.soegroup.accountability.decision;

import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.sanction.Outcome;
import com.soegroup.accountability.rule.sanction.Responsibility;
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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A handling decision (处理决定) for one responsible person of a concluded investigation. Its effects on
 * promotion run from {@code periodStart} for the measures' periods and apply from {@code servedOn} until
 * {@code endedOn}, the date an appeal changed or revoked it. Nothing of a decision is rewritten once served:
 * an appeal ends it and, when changing it, makes a new one that {@code replaces} it.
 */
@Entity
@Table(name = "decision")
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "decision_no", nullable = false, updatable = false)
    private String decisionNo;

    @Column(name = "numbering_enterprise_id", nullable = false, updatable = false)
    private Long numberingEnterpriseId;

    @Column(name = "decision_year", nullable = false, updatable = false)
    private int decisionYear;

    @Column(name = "decision_seq", nullable = false, updatable = false)
    private int decisionSeq;

    @Column(name = "investigation_id", nullable = false, updatable = false)
    private Long investigationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_enterprise_id")
    private Enterprise owner;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_enterprise_id", updatable = false)
    private Enterprise personEnterprise;

    @Column(name = "employee_no", nullable = false, updatable = false)
    private String employeeNo;

    @Column(name = "person_name", nullable = false, updatable = false)
    private String personName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Responsibility responsibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "loss_level", nullable = false, updatable = false)
    private LossLevel lossLevel;

    @Column(name = "rule_set", nullable = false, updatable = false)
    private String ruleSet;

    @Column(name = "determination_date", nullable = false, updatable = false)
    private LocalDate determinationDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    private String measures;

    @Column(name = "ban_years")
    private Integer banYears;

    @Column(name = "ban_lifetime", nullable = false)
    private boolean banLifetime;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    @Column(name = "performance_salary_percent", precision = 5, scale = 2)
    private BigDecimal performanceSalaryPercent;

    @Column(name = "term_incentive_percent", precision = 5, scale = 2)
    private BigDecimal termIncentivePercent;

    @Column(name = "defer_performance_salary", nullable = false)
    private boolean deferPerformanceSalary;

    @Column(name = "end_unexercised_rights", nullable = false)
    private boolean endUnexercisedRights;

    @Column(name = "hand_back_years")
    private Integer handBackYears;

    @Column(name = "incentive_bar_years")
    private Integer incentiveBarYears;

    @Column(name = "incentive_bar_permanent", nullable = false)
    private boolean incentiveBarPermanent;

    @Column(nullable = false)
    private String facts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Deviation deviation;

    @Column(name = "deviation_reason")
    private String deviationReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "lighter_basis")
    private LighterBasis lighterBasis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DecisionStatus status;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(name = "legal_reviewer")
    private String legalReviewer;

    @Column(name = "legal_reviewed_on")
    private LocalDate legalReviewedOn;

    @Column(name = "legal_opinion")
    private String legalOpinion;

    @Column(name = "legal_recorded_by")
    private String legalRecordedBy;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "served_on")
    private LocalDate servedOn;

    @Column(name = "served_by")
    private String servedBy;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "executed_on")
    private LocalDate executedOn;

    @Column(name = "executed_by")
    private String executedBy;

    @Column(name = "execution_note")
    private String executionNote;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaces_id", updatable = false)
    private Decision replaces;

    @Version
    private int version;

    protected Decision() {
    }

    /** A proposal for a subject of a case, numbered by the caller in the same transaction. */
    Decision(String decisionNo, Enterprise numbering, int year, int seq, Long investigationId, Enterprise owner,
             Long personId, Enterprise personEnterprise, String employeeNo, String personName,
             Responsibility responsibility, LossLevel lossLevel, String ruleSet, LocalDate determinationDate,
             String proposedBy, Instant proposedAt) {
        this.decisionNo = decisionNo;
        this.numberingEnterpriseId = numbering.id();
        this.decisionYear = year;
        this.decisionSeq = seq;
        this.investigationId = investigationId;
        this.owner = owner;
        this.personId = personId;
        this.personEnterprise = personEnterprise;
        this.employeeNo = employeeNo;
        this.personName = personName;
        this.responsibility = responsibility;
        this.lossLevel = lossLevel;
        this.ruleSet = ruleSet;
        this.determinationDate = determinationDate;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.status = DecisionStatus.PROPOSED;
    }

    void decide(Outcome outcome, DecisionTerms terms, String legalBasis, String facts, Deviation deviation,
                String deviationReason, LighterBasis lighterBasis) {
        this.outcome = outcome;
        this.measures = terms.measures().isEmpty() ? null
                : terms.measures().stream().map(Enum::name).collect(Collectors.joining(","));
        this.banYears = terms.banYears();
        this.banLifetime = terms.banLifetime();
        this.performanceSalaryPercent = terms.performanceSalaryPercent();
        this.termIncentivePercent = terms.termIncentivePercent();
        this.deferPerformanceSalary = terms.deferPerformanceSalary();
        this.endUnexercisedRights = terms.endUnexercisedRights();
        this.handBackYears = terms.handBackYears();
        this.incentiveBarYears = terms.incentiveBarYears();
        this.incentiveBarPermanent = terms.incentiveBarPermanent();
        this.legalBasis = legalBasis;
        this.facts = facts;
        this.deviation = deviation;
        this.deviationReason = deviationReason;
        this.lighterBasis = lighterBasis;
    }

    void recordLegalReview(String reviewer, LocalDate on, String opinion, String by) {
        this.legalReviewer = reviewer;
        this.legalReviewedOn = on;
        this.legalOpinion = opinion;
        this.legalRecordedBy = by;
    }

    /** @param on the day the leading group approved, recorded at {@code at} */
    void approve(LocalDate on, String by, Instant at) {
        this.status = DecisionStatus.APPROVED;
        this.approvedOn = on;
        this.approvedBy = by;
        this.approvedAt = at;
    }

    void serve(LocalDate on, LocalDate periodStart, String by) {
        this.status = DecisionStatus.EFFECTIVE;
        this.servedOn = on;
        this.periodStart = periodStart;
        this.servedBy = by;
    }

    void execute(LocalDate on, String note, String by) {
        this.status = DecisionStatus.EXECUTED;
        this.executedOn = on;
        this.executionNote = note;
        this.executedBy = by;
    }

    void end(LocalDate on) {
        this.endedOn = on;
    }

    void replacing(Decision original) {
        this.replaces = original;
    }

    public Long id() { return id; }
    public String decisionNo() { return decisionNo; }
    public Long investigationId() { return investigationId; }
    public Enterprise owner() { return owner; }
    public Long personId() { return personId; }
    public Enterprise personEnterprise() { return personEnterprise; }
    public String employeeNo() { return employeeNo; }
    public String personName() { return personName; }
    public Responsibility responsibility() { return responsibility; }
    public LossLevel lossLevel() { return lossLevel; }
    public String ruleSet() { return ruleSet; }
    public LocalDate determinationDate() { return determinationDate; }
    public Outcome outcome() { return outcome; }
    public String legalBasis() { return legalBasis; }
    public String facts() { return facts; }
    public Deviation deviation() { return deviation; }
    public String deviationReason() { return deviationReason; }
    public LighterBasis lighterBasis() { return lighterBasis; }
    public DecisionStatus status() { return status; }
    public String proposedBy() { return proposedBy; }
    public Instant proposedAt() { return proposedAt; }
    public String legalReviewer() { return legalReviewer; }
    public LocalDate legalReviewedOn() { return legalReviewedOn; }
    public String legalOpinion() { return legalOpinion; }
    public String approvedBy() { return approvedBy; }
    public Instant approvedAt() { return approvedAt; }
    public LocalDate approvedOn() { return approvedOn; }
    public LocalDate servedOn() { return servedOn; }
    public LocalDate periodStart() { return periodStart; }
    public LocalDate executedOn() { return executedOn; }
    public String executionNote() { return executionNote; }
    public LocalDate endedOn() { return endedOn; }
    public Decision replaces() { return replaces; }
    public int version() { return version; }

    public DecisionTerms terms() {
        List<Measure> list = measures == null ? List.of()
                : Arrays.stream(measures.split(",")).map(code -> Measure.valueOf(code.strip().toUpperCase(Locale.ROOT))).toList();
        return new DecisionTerms(list, banYears, banLifetime, performanceSalaryPercent, termIncentivePercent,
                deferPerformanceSalary, endUnexercisedRights, handBackYears, incentiveBarYears, incentiveBarPermanent);
    }

    /** Whether the decision still binds: served and not ended by an appeal's result. */
    public boolean inForce() {
        return (status == DecisionStatus.EFFECTIVE || status == DecisionStatus.EXECUTED) && endedOn == null;
    }
}
