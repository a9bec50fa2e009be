package com.soegroup.accountability.annual;

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

/** One section of one saved version of a report's narrative; versions are only ever added. */
@Entity
@Immutable
@Table(name = "annual_report_text")
public class AnnualText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Column(name = "text_no", nullable = false)
    private int textNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AnnualSection section;

    @Column(nullable = false)
    private String body;

    @Column(name = "saved_by", nullable = false)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Version
    private int version;

    protected AnnualText() {
    }

    AnnualText(Long reportId, int textNo, AnnualSection section, String body, String savedBy, Instant savedAt) {
        this.reportId = reportId;
        this.textNo = textNo;
        this.section = section;
        this.body = body;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public int textNo() { return textNo; }
    public AnnualSection section() { return section; }
    public String body() { return body; }
    public String savedBy() { return savedBy; }
    public Instant savedAt() { return savedAt; }
}
