package com.soegroup.accountability.inspection;

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

/** One enterprise's answers to a campaign: OPEN → SUBMITTED → ACCEPTED, or RETURNED with OFFICE's reason. */
@Entity
@Table(name = "campaign_sheet")
public class AnswerSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", updatable = false)
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", updatable = false)
    private Enterprise enterprise;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SheetStatus status;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_opinion")
    private String reviewOpinion;

    @Column(name = "answers_changed_at")
    private Instant answersChangedAt;

    @Version
    private int version;

    protected AnswerSheet() {
    }

    AnswerSheet(Campaign campaign, Enterprise enterprise) {
        this.campaign = campaign;
        this.enterprise = enterprise;
        this.status = SheetStatus.OPEN;
    }

    void submitted(String by, Instant at) {
        this.status = SheetStatus.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    /** A change of the answers is a change of the sheet: two editors of one sheet meet its version. */
    void answersChanged(Instant at) {
        this.answersChangedAt = at;
    }

    void reviewed(boolean accepted, String opinion, String by, Instant at) {
        this.status = accepted ? SheetStatus.ACCEPTED : SheetStatus.RETURNED;
        this.reviewOpinion = opinion;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    public Long id() { return id; }
    public Campaign campaign() { return campaign; }
    public Enterprise enterprise() { return enterprise; }
    public SheetStatus status() { return status; }
    public String submittedBy() { return submittedBy; }
    public Instant submittedAt() { return submittedAt; }
    public String reviewedBy() { return reviewedBy; }
    public Instant reviewedAt() { return reviewedAt; }
    public String reviewOpinion() { return reviewOpinion; }
    public int version() { return version; }
}
