package com.soegroup.accountability.rectification;

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

/** What the owner enterprise submitted as done (整改材料): a text and files; the office's review is added later. */
@Entity
@Table(name = "rectification_submission")
public class RectificationSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rectification_id", updatable = false)
    private Rectification rectification;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    private SubmissionReview review;

    @Column(name = "review_opinion")
    private String reviewOpinion;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Version
    private int version;

    protected RectificationSubmission() {
    }

    RectificationSubmission(Rectification rectification, String text, String by, Instant at) {
        this.rectification = rectification;
        this.text = text;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    void reviewed(SubmissionReview review, String opinion, String by, Instant at) {
        this.review = review;
        this.reviewOpinion = opinion;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    public Long id() { return id; }
    public Rectification rectification() { return rectification; }
    public String text() { return text; }
    public String submittedBy() { return submittedBy; }
    public Instant submittedAt() { return submittedAt; }
    public SubmissionReview review() { return review; }
    public String reviewOpinion() { return reviewOpinion; }
    public String reviewedBy() { return reviewedBy; }
    public Instant reviewedAt() { return reviewedAt; }
    public int version() { return version; }
}
