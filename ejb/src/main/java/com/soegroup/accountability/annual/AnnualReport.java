package com.soegroup.accountability.annual;

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

/** The annual work report of one enterprise subtree and year; its texts and history are rows of their own. */
@Entity
@Table(name = "annual_report")
public class AnnualReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_no", nullable = false, updatable = false)
    private String reportNo;

    @Column(name = "number_year", nullable = false, updatable = false)
    private int numberYear;

    @Column(name = "number_seq", nullable = false, updatable = false)
    private int numberSeq;

    @Column(name = "report_year", nullable = false, updatable = false)
    private int year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", updatable = false)
    private Enterprise enterprise;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AnnualState state;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approval_opinion")
    private String approvalOpinion;

    @Column(name = "sent_on")
    private LocalDate sentOn;

    @Column(name = "sent_channel")
    private String sentChannel;

    @Column(name = "sent_reference")
    private String sentReference;

    @Column(name = "sent_recipient")
    private String sentRecipient;

    @Version
    private int version;

    protected AnnualReport() {
    }

    AnnualReport(String reportNo, int numberYear, int numberSeq, int year, Enterprise enterprise, String createdBy, Instant createdAt) {
        this.reportNo = reportNo;
        this.numberYear = numberYear;
        this.numberSeq = numberSeq;
        this.year = year;
        this.enterprise = enterprise;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.state = AnnualState.DRAFT;
    }

    void submit() {
        state = AnnualState.SUBMITTED;
        approvedBy = null;
        approvalOpinion = null;
    }

    void approve(String by, String opinion) {
        state = AnnualState.APPROVED;
        approvedBy = by;
        approvalOpinion = opinion;
    }

    /** Back to the office: LEADER's return of a submitted text, or the office reopening an approved one. */
    void backToDraft(String opinion) {
        state = AnnualState.DRAFT;
        approvedBy = null;
        approvalOpinion = opinion;
    }

    void sent(LocalDate on, String channel, String reference, String recipient) {
        state = AnnualState.SENT;
        sentOn = on;
        sentChannel = channel;
        sentReference = reference;
        sentRecipient = recipient;
    }

    public Long id() { return id; }
    public String reportNo() { return reportNo; }
    public int year() { return year; }
    public Enterprise enterprise() { return enterprise; }
    public AnnualState state() { return state; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public String approvedBy() { return approvedBy; }
    public String approvalOpinion() { return approvalOpinion; }
    public LocalDate sentOn() { return sentOn; }
    public String sentChannel() { return sentChannel; }
    public String sentReference() { return sentReference; }
    public String sentRecipient() { return sentRecipient; }
    public int version() { return version; }
}
