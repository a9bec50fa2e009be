package com.soegroup.accountability.clue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A file of a clue: its type as its content shows it, its SHA-256, and the bytes (loaded only when asked). */
@Entity
@Table(name = "clue_attachment")
public class ClueAttachment extends StoredFile {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clue_id", updatable = false)
    private Clue clue;

    @Column(name = "uploaded_on", nullable = false)
    private LocalDate uploadedOn;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    protected ClueAttachment() {
    }

    ClueAttachment(Clue clue, Attachments.Checked file, LocalDate uploadedOn, String uploadedBy) {
        super(file);
        this.clue = clue;
        this.uploadedOn = uploadedOn;
        this.uploadedBy = uploadedBy;
    }

    public LocalDate uploadedOn() { return uploadedOn; }
}
