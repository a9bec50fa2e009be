package com.soegroup.accountability.investigation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** A note of the team (工作组内部记录): read and written by the case's team members only. */
@Entity
@Immutable
@Table(name = "investigation_note")
public class InvestigationNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "investigation_id", updatable = false)
    private Investigation investigation;

    @Column(nullable = false)
    private String text;

    @Column(name = "written_by", nullable = false)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected InvestigationNote() {
    }

    InvestigationNote(Investigation investigation, String text, String writtenBy, Instant writtenAt) {
        this.investigation = investigation;
        this.text = text;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public Long id() { return id; }
    public String text() { return text; }
    public String writtenBy() { return writtenBy; }
    public Instant writtenAt() { return writtenAt; }
}
