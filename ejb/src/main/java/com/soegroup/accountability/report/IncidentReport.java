package com.soegroup.accountability.report;

import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.rule.level.LossLevel;
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

/**
 * One event's one-event-one-report (一事一报告): raised once, then taken through its stages; the stage under way is
 * {@link #kind()} in {@link #state()}. The texts, the sendings and the history are rows of their own.
 */
@Entity
@Table(name = "incident_report")
public class IncidentReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_no", nullable = false, updatable = false)
    private String reportNo;

    @Column(name = "report_year", nullable = false, updatable = false)
    private int reportYear;

    @Column(name = "report_seq", nullable = false, updatable = false)
    private int reportSeq;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", updatable = false)
    private Enterprise enterprise;

    @Column(name = "clue_id")
    private Long clueId;

    @Column(name = "investigation_id")
    private Long investigationId;

    @Enumerated(EnumType.STRING)
    private LossLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "raised_by_trigger", nullable = false, updatable = false)
    private IncidentTrigger trigger;

    @Column(name = "marked_reason")
    private String markedReason;

    @Column(name = "found_on", nullable = false)
    private LocalDate foundOn;

    @Column(name = "raised_on", nullable = false, updatable = false)
    private LocalDate raisedOn;

    @Column(name = "raised_by", nullable = false, updatable = false)
    private String raisedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncidentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncidentState state;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approval_opinion")
    private String approvalOpinion;

    @Column(name = "extension_days")
    private Integer extensionDays;

    @Column(name = "extension_reason")
    private String extensionReason;

    @Column(name = "extension_requested_by")
    private String extensionRequestedBy;

    @Column(name = "extension_approved")
    private Boolean extensionApproved;

    @Column(name = "extension_decided_by")
    private String extensionDecidedBy;

    @Column(name = "extension_opinion")
    private String extensionOpinion;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "case_decided_on")
    private LocalDate caseDecidedOn;

    @Version
    private int version;

    protected IncidentReport() {
    }

    IncidentReport(String reportNo, int reportYear, int reportSeq, Enterprise enterprise, Long clueId, Long investigationId,
                   LossLevel level, IncidentTrigger trigger, String markedReason, LocalDate foundOn, LocalDate raisedOn,
                   String raisedBy) {
        this.reportNo = reportNo;
        this.reportYear = reportYear;
        this.reportSeq = reportSeq;
        this.enterprise = enterprise;
        this.clueId = clueId;
        this.investigationId = investigationId;
        this.level = level;
        this.trigger = trigger;
        this.markedReason = markedReason;
        this.foundOn = foundOn;
        this.raisedOn = raisedOn;
        this.raisedBy = raisedBy;
        this.kind = IncidentKind.FLASH;
        this.state = IncidentState.DRAFTING;
    }

    /** The event grew: a heavier level, the case opened from its clue, an earlier day the matter was found. */
    void follow(LossLevel heavier, Long caseId, LocalDate found) {
        if (heavier != null && (level == null || heavier.compareTo(level) > 0)) {
            level = heavier;
        }
        if (investigationId == null && caseId != null) {
            investigationId = caseId;
        }
        if (found != null && found.isBefore(foundOn)) {
            foundOn = found;
        }
    }

    void submit() {
        state = IncidentState.AWAITING_APPROVAL;
    }

    void approve(String by, String opinion) {
        state = IncidentState.APPROVED;
        approvedBy = by;
        approvalOpinion = opinion;
    }

    void returnToDrafting(String by, String opinion) {
        state = IncidentState.DRAFTING;
        approvedBy = null;
        approvalOpinion = opinion;
    }

    /**
     * The stage went out: the next one is drafted at once, except progress reports, which wait for the case's next
     * stage; once the case is decided, the preliminary-check or progress report sent is the last and the report ends.
     */
    void sent() {
        IncidentKind sentKind = kind;
        kind = sentKind.next();
        boolean waits = sentKind == IncidentKind.PRELIMINARY || sentKind == IncidentKind.PROGRESS;
        state = !waits ? IncidentState.DRAFTING : caseDecidedOn != null ? IncidentState.CLOSED : IncidentState.SENT;
        approvedBy = null;
        approvalOpinion = null;
    }

    void startProgress() {
        state = IncidentState.DRAFTING;
    }

    /**
     * The case was decided: no progress report follows. A progress report not yet sent is dropped and the report
     * ends now; before the preliminary-check report is sent, the stages still due go on and it ends with that one.
     *
     * @return whether the report ended now
     */
    boolean caseDecided(LocalDate on) {
        if (caseDecidedOn == null) {
            caseDecidedOn = on;
        }
        if (state.ended() || kind != IncidentKind.PROGRESS) {
            return false;
        }
        close();
        return true;
    }

    private void close() {
        state = IncidentState.CLOSED;
        approvedBy = null;
        approvalOpinion = null;
    }

    /** Its event is reported by {@code survivor} from now on; what was sent stays on record under this one. */
    void mergeInto(IncidentReport survivor) {
        state = IncidentState.MERGED;
        mergedIntoId = survivor.id();
        approvedBy = null;
        approvalOpinion = null;
    }

    void requestExtension(int days, String reason, String by) {
        extensionDays = days;
        extensionReason = reason;
        extensionRequestedBy = by;
        extensionApproved = null;
        extensionDecidedBy = null;
        extensionOpinion = null;
    }

    void decideExtension(boolean approved, String by, String opinion) {
        extensionApproved = approved;
        extensionDecidedBy = by;
        extensionOpinion = opinion;
    }

    public Long id() { return id; }
    public String reportNo() { return reportNo; }
    public Enterprise enterprise() { return enterprise; }
    public Long clueId() { return clueId; }
    public Long investigationId() { return investigationId; }
    public LossLevel level() { return level; }
    public IncidentTrigger trigger() { return trigger; }
    public String markedReason() { return markedReason; }
    public LocalDate foundOn() { return foundOn; }
    public LocalDate raisedOn() { return raisedOn; }
    public String raisedBy() { return raisedBy; }
    public IncidentKind kind() { return kind; }
    public IncidentState state() { return state; }
    public String approvedBy() { return approvedBy; }
    public String approvalOpinion() { return approvalOpinion; }
    public Integer extensionDays() { return extensionDays; }
    public String extensionReason() { return extensionReason; }
    public String extensionRequestedBy() { return extensionRequestedBy; }
    public Boolean extensionApproved() { return extensionApproved; }
    public String extensionDecidedBy() { return extensionDecidedBy; }
    public String extensionOpinion() { return extensionOpinion; }
    public Long mergedIntoId() { return mergedIntoId; }
    public LocalDate caseDecidedOn() { return caseDecidedOn; }
    public int version() { return version; }

    /** Whether an extension was asked for and not yet decided. */
    public boolean extensionPending() {
        return extensionDays != null && extensionApproved == null && !state.ended();
    }

    /** The extension that counts: the approved days, else none. */
    public int grantedExtensionDays() {
        return Boolean.TRUE.equals(extensionApproved) && extensionDays != null ? extensionDays : 0;
    }
}
