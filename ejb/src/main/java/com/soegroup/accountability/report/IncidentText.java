package com.soegroup.accountability.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One saved version of a stage's text in the five parts of a real-time report; versions are only ever added. */
@Entity
@Immutable
@Table(name = "incident_report_text")
public class IncidentText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Column(name = "text_no", nullable = false)
    private int textNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncidentKind kind;

    @Column(name = "source_part", nullable = false)
    private String source;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private String impact;

    @Column(nullable = false)
    private String causes;

    @Column(nullable = false)
    private String measures;

    private String changes;

    @Column(name = "saved_by", nullable = false)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Version
    private int version;

    protected IncidentText() {
    }

    IncidentText(Long reportId, int textNo, IncidentKind kind, IncidentParts parts, String savedBy, Instant savedAt) {
        this.reportId = reportId;
        this.textNo = textNo;
        this.kind = kind;
        this.source = parts.source();
        this.description = parts.description();
        this.impact = parts.impact();
        this.causes = parts.causes();
        this.measures = parts.measures();
        this.changes = parts.changes();
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public int textNo() { return textNo; }
    public IncidentKind kind() { return kind; }
    public String savedBy() { return savedBy; }
    public Instant savedAt() { return savedAt; }

    public IncidentParts parts() {
        return new IncidentParts(source, description, impact, causes, measures, changes);
    }
}
