package com.soegroup.accountability.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** What the drafters write into the investigation report: proposed handling and rectification proposals (整改建议). */
@Entity
@Table(name = "investigation_report")
public class InvestigationReportText {

    @Id
    @Column(name = "investigation_id")
    private Long investigationId;

    @Column(name = "proposed_handling")
    private String proposedHandling;

    @Column(name = "rectification")
    private String rectification;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected InvestigationReportText() {
    }

    InvestigationReportText(Long investigationId) {
        this.investigationId = investigationId;
    }

    void write(String proposedHandling, String rectification, String by, Instant at) {
        this.proposedHandling = proposedHandling;
        this.rectification = rectification;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String proposedHandling() { return proposedHandling; }
    public String rectification() { return rectification; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
    public int version() { return version; }
}
