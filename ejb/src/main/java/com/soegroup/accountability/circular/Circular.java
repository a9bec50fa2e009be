package com.soegroup.accountability.circular;

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
import java.util.Arrays;
import java.util.List;

/**
 * A warning circular or a published handling result, drafted from one decided case of the issuing enterprise (the
 * case's handling unit). The text in force is here; every saved version is a {@link CircularText}.
 */
@Entity
@Table(name = "circular")
public class Circular {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "circular_no", nullable = false, updatable = false)
    private String circularNo;

    @Column(name = "circular_year", nullable = false, updatable = false)
    private int circularYear;

    @Column(name = "circular_seq", nullable = false, updatable = false)
    private int circularSeq;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", updatable = false)
    private Enterprise enterprise;

    @Column(name = "investigation_id", nullable = false, updatable = false)
    private Long investigationId;

    @Column(name = "case_no", nullable = false, updatable = false)
    private String caseNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CircularKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CircularState state;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String facts;

    @Column(nullable = false)
    private String violation;

    @Column(nullable = false)
    private String handling;

    @Column(nullable = false)
    private String lesson;

    @Column(name = "text_no", nullable = false)
    private int textNo;

    @Column(name = "mask_terms")
    private String maskTerms;

    @Column(name = "name_enterprise", nullable = false)
    private boolean nameEnterprise;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approval_opinion")
    private String approvalOpinion;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "published_by")
    private String publishedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "publish_enterprise_id")
    private Enterprise publishEnterprise;

    @Column(name = "publish_path")
    private String publishPath;

    @Column(name = "publish_roles")
    private String publishRoles;

    @Version
    private int version;

    protected Circular() {
    }

    Circular(String circularNo, int year, int seq, Enterprise enterprise, Long investigationId, String caseNo, CircularKind kind,
             CircularParts parts, String maskTerms, String createdBy, Instant createdAt) {
        this.circularNo = circularNo;
        this.circularYear = year;
        this.circularSeq = seq;
        this.enterprise = enterprise;
        this.investigationId = investigationId;
        this.caseNo = caseNo;
        this.kind = kind;
        this.state = CircularState.DRAFTING;
        this.maskTerms = maskTerms;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        text(parts, 0);
    }

    void text(CircularParts parts, int no) {
        title = parts.title();
        facts = parts.facts();
        violation = parts.violation();
        handling = parts.handling();
        lesson = parts.lesson();
        textNo = no;
    }

    void masks(String terms, boolean mayNameEnterprise) {
        maskTerms = terms;
        nameEnterprise = mayNameEnterprise;
    }

    void submit() {
        state = CircularState.SUBMITTED;
    }

    void approve(String by, String opinion) {
        state = CircularState.APPROVED;
        approvedBy = by;
        approvalOpinion = opinion;
    }

    void returnToDrafting(String opinion) {
        state = CircularState.DRAFTING;
        approvedBy = null;
        approvalOpinion = opinion;
    }

    void publish(LocalDate on, String by, Enterprise to, List<String> roles) {
        state = CircularState.PUBLISHED;
        publishedOn = on;
        publishedBy = by;
        publishEnterprise = to;
        publishPath = to.path();
        publishRoles = "," + String.join(",", roles) + ",";
    }

    public Long id() { return id; }
    public String circularNo() { return circularNo; }
    public Enterprise enterprise() { return enterprise; }
    public Long investigationId() { return investigationId; }
    public String caseNo() { return caseNo; }
    public CircularKind kind() { return kind; }
    public CircularState state() { return state; }
    public CircularParts parts() { return new CircularParts(title, facts, violation, handling, lesson); }
    public String title() { return title; }
    public int textNo() { return textNo; }
    public String maskTerms() { return maskTerms; }
    public boolean nameEnterprise() { return nameEnterprise; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public String approvedBy() { return approvedBy; }
    public String approvalOpinion() { return approvalOpinion; }
    public LocalDate publishedOn() { return publishedOn; }
    public String publishedBy() { return publishedBy; }
    public Enterprise publishEnterprise() { return publishEnterprise; }
    public String publishPath() { return publishPath; }
    public int version() { return version; }

    /** The roles the circular was published to, as codes. */
    public List<String> publishRoles() {
        return publishRoles == null ? List.of() : Arrays.stream(publishRoles.split(",")).filter(s -> !s.isBlank()).toList();
    }
}
