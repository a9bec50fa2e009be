package com.soegroup.accountability.rectification;

import com.soegroup.accountability.org.Enterprise;
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
 * A rectification task (整改任务): what the owner enterprise must change, by when, who answers for it, where it
 * came from. {@code OPEN → SUBMITTED → VERIFIED}, or back to {@code OPEN} when the office sends a submission back.
 * {@code deadline} is the one in force (an approved extension moves it); {@code originalDeadline} the first.
 */
@Entity
@Table(name = "rectification")
public class Rectification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rectification_no", nullable = false, updatable = false)
    private String rectificationNo;

    @Column(name = "rectification_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "rectification_seq", nullable = false, updatable = false)
    private int serial;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RectificationSource source;

    @Column(name = "investigation_id", updatable = false)
    private Long investigationId;

    @Column(name = "decision_id", updatable = false)
    private Long decisionId;

    @Column(name = "source_reference", updatable = false)
    private String sourceReference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_enterprise_id", updatable = false)
    private Enterprise owner;

    @Column(nullable = false)
    private String department;

    @Column(name = "responsible_person_id")
    private Long responsiblePersonId;

    @Column(name = "responsible_employee_no")
    private String responsibleEmployeeNo;

    @Column(name = "responsible_name", nullable = false)
    private String responsibleName;

    @Column(name = "liaison_user_id")
    private String liaisonUserId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RectificationMeasure measure;

    @Column(nullable = false)
    private String requirement;

    private String fixes;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "original_deadline", nullable = false, updatable = false)
    private LocalDate originalDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RectificationStatus status;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "verified_on")
    private LocalDate verifiedOn;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "clue_ledger_no")
    private String clueLedgerNo;

    @Version
    private int version;

    protected Rectification() {
    }

    Rectification(String rectificationNo, int year, int serial, RectificationSource source, Long investigationId,
                  Long decisionId, String sourceReference, Enterprise owner, String createdBy, Instant createdAt,
                  LocalDate deadline) {
        this.rectificationNo = rectificationNo;
        this.year = year;
        this.serial = serial;
        this.source = source;
        this.investigationId = investigationId;
        this.decisionId = decisionId;
        this.sourceReference = sourceReference;
        this.owner = owner;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.deadline = deadline;
        this.originalDeadline = deadline;
        this.status = RectificationStatus.OPEN;
    }

    void assign(String department, Long personId, String employeeNo, String name, String liaisonUserId,
                RectificationMeasure measure, String requirement, String fixes) {
        this.department = department;
        this.responsiblePersonId = personId;
        this.responsibleEmployeeNo = employeeNo;
        this.responsibleName = name;
        this.liaisonUserId = liaisonUserId;
        this.measure = measure;
        this.requirement = requirement;
        this.fixes = fixes;
    }

    void submitted() {
        this.status = RectificationStatus.SUBMITTED;
    }

    void verified(LocalDate on, String by) {
        this.status = RectificationStatus.VERIFIED;
        this.verifiedOn = on;
        this.verifiedBy = by;
    }

    void sentBack() {
        this.status = RectificationStatus.OPEN;
    }

    void extendTo(LocalDate newDeadline) {
        this.deadline = newDeadline;
    }

    void becameClue(String ledgerNo) {
        this.clueLedgerNo = ledgerNo;
    }

    public Long id() { return id; }
    public String rectificationNo() { return rectificationNo; }
    public int year() { return year; }
    public int serial() { return serial; }
    public RectificationSource source() { return source; }
    public Long investigationId() { return investigationId; }
    public Long decisionId() { return decisionId; }
    public String sourceReference() { return sourceReference; }
    public Enterprise owner() { return owner; }
    public String department() { return department; }
    public Long responsiblePersonId() { return responsiblePersonId; }
    public String responsibleEmployeeNo() { return responsibleEmployeeNo; }
    public String responsibleName() { return responsibleName; }
    public String liaisonUserId() { return liaisonUserId; }
    public RectificationMeasure measure() { return measure; }
    public String requirement() { return requirement; }
    public String fixes() { return fixes; }
    public LocalDate deadline() { return deadline; }
    public LocalDate originalDeadline() { return originalDeadline; }
    public RectificationStatus status() { return status; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public LocalDate verifiedOn() { return verifiedOn; }
    public String verifiedBy() { return verifiedBy; }
    public String clueLedgerNo() { return clueLedgerNo; }
    public int version() { return version; }
}
