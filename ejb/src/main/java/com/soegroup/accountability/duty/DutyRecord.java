package com.soegroup.accountability.duty;

import com.soegroup.accountability.org.Enterprise;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of a duty record of a major decision (重大决策事项履职记录). A draft is edited in place; once confirmed a
 * version is evidence and never changes (the table's trigger refuses it); a correction is the next revision of the
 * same number, entered and confirmed with its reason, and supersedes the one before. Stored status is DRAFT or
 * CONFIRMED: "superseded" is read from the newer revision.
 */
@Entity
@Table(name = "duty_record")
public class DutyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_no", nullable = false, updatable = false)
    private String recordNo;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(name = "record_year", nullable = false, updatable = false)
    private int recordYear;

    @Column(name = "record_seq", nullable = false, updatable = false)
    private int recordSeq;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", updatable = false)
    private Enterprise enterprise;

    @Enumerated(EnumType.STRING)
    @Column(name = "matter_kind", nullable = false)
    private DutyMatterKind matterKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_type", nullable = false)
    private MeetingType meetingType;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Column(name = "meeting_number")
    private String meetingNumber;

    @Column(nullable = false)
    private String matter;

    @Column(precision = 18, scale = 2)
    private BigDecimal amount;

    @Column(name = "legal_review", nullable = false)
    private boolean legalReview;

    @Column(name = "legal_review_note")
    private String legalReviewNote;

    @Column(name = "risk_assessment", nullable = false)
    private boolean riskAssessment;

    @Column(name = "risk_assessment_note")
    private String riskAssessmentNote;

    @Column(name = "expert_opinion", nullable = false)
    private boolean expertOpinion;

    @Column(name = "expert_opinion_note")
    private String expertOpinionNote;

    @ElementCollection
    @CollectionTable(name = "duty_participant", joinColumns = @JoinColumn(name = "duty_record_id"))
    @OrderColumn(name = "position")
    private List<DutyParticipant> participants = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DutyRecordStatus status;

    @Column(name = "correction_reason", updatable = false)
    private String correctionReason;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Version
    private int version;

    protected DutyRecord() {
    }

    /** The first version of a new number, a draft. */
    DutyRecord(String recordNo, int year, int seq, Enterprise enterprise, DutyRecordData data,
               List<DutyParticipant> participants, String by, Instant at) {
        this.recordNo = recordNo;
        this.revision = 1;
        this.recordYear = year;
        this.recordSeq = seq;
        this.enterprise = enterprise;
        this.status = DutyRecordStatus.DRAFT;
        this.createdBy = by;
        this.createdAt = at;
        apply(data, participants);
    }

    /** The correction of a confirmed version: the next revision of its number, confirmed at once with its reason. */
    DutyRecord(DutyRecord corrected, DutyRecordData data, List<DutyParticipant> participants, String reason,
               String by, Instant at) {
        this.recordNo = corrected.recordNo;
        this.revision = corrected.revision + 1;
        this.recordYear = corrected.recordYear;
        this.recordSeq = corrected.recordSeq;
        this.enterprise = corrected.enterprise;
        this.correctionReason = reason;
        this.status = DutyRecordStatus.CONFIRMED;
        this.createdBy = by;
        this.createdAt = at;
        this.confirmedBy = by;
        this.confirmedAt = at;
        apply(data, participants);
    }

    void apply(DutyRecordData d, List<DutyParticipant> people) {
        this.matterKind = d.matterKind();
        this.meetingType = d.meetingType();
        this.meetingDate = d.meetingDate();
        this.meetingNumber = d.meetingNumber();
        this.matter = d.matter();
        this.amount = d.amount();
        this.legalReview = d.legalReview();
        this.legalReviewNote = d.legalReviewNote();
        this.riskAssessment = d.riskAssessment();
        this.riskAssessmentNote = d.riskAssessmentNote();
        this.expertOpinion = d.expertOpinion();
        this.expertOpinionNote = d.expertOpinionNote();
        this.participants.clear();
        this.participants.addAll(people);
    }

    void confirm(String by, Instant at) {
        this.status = DutyRecordStatus.CONFIRMED;
        this.confirmedBy = by;
        this.confirmedAt = at;
    }

    public Long id() { return id; }
    public String recordNo() { return recordNo; }
    public int revision() { return revision; }
    public Enterprise enterprise() { return enterprise; }
    public DutyMatterKind matterKind() { return matterKind; }
    public MeetingType meetingType() { return meetingType; }
    public LocalDate meetingDate() { return meetingDate; }
    public String meetingNumber() { return meetingNumber; }
    public String matter() { return matter; }
    public BigDecimal amount() { return amount; }
    public boolean legalReview() { return legalReview; }
    public String legalReviewNote() { return legalReviewNote; }
    public boolean riskAssessment() { return riskAssessment; }
    public String riskAssessmentNote() { return riskAssessmentNote; }
    public boolean expertOpinion() { return expertOpinion; }
    public String expertOpinionNote() { return expertOpinionNote; }
    public List<DutyParticipant> participants() { return List.copyOf(participants); }
    public DutyRecordStatus status() { return status; }
    public boolean confirmed() { return status == DutyRecordStatus.CONFIRMED; }
    public String correctionReason() { return correctionReason; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public String confirmedBy() { return confirmedBy; }
    public Instant confirmedAt() { return confirmedAt; }
    public int version() { return version; }

    /** The data of this version, the start of a correction's form. */
    public DutyRecordData data() {
        return new DutyRecordData(enterprise.code(), matterKind, meetingType, meetingDate, meetingNumber, matter, amount,
                legalReview, legalReviewNote, riskAssessment, riskAssessmentNote, expertOpinion, expertOpinionNote,
                participants.stream().map(p -> new DutyParticipantData(p.employeeNo(), p.employeeNo() == null ? p.name() : null,
                        p.role(), p.opinion(), p.reasons())).toList());
    }
}
