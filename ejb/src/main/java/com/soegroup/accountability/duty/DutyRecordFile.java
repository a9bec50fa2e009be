package com.soegroup.accountability.duty;

import com.soegroup.accountability.clue.Attachments;
import com.soegroup.accountability.clue.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A document of one version of a duty record (会议纪要、决议、法律审查意见…), checked like a clue's attachments. It
 * belongs to that version: frozen with it once confirmed (the table's trigger refuses a change), copied into a
 * correction so that every version keeps the documents it was confirmed with.
 */
@Entity
@Table(name = "duty_record_file")
public class DutyRecordFile extends StoredFile {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "duty_record_id", updatable = false)
    private DutyRecord record;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected DutyRecordFile() {
    }

    DutyRecordFile(DutyRecord record, Attachments.Checked file, String by, Instant at) {
        super(file);
        this.record = record;
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    /** The copy of a file of the corrected version in its correction: who uploaded it and when stay as they were. */
    DutyRecordFile(DutyRecord correction, DutyRecordFile carried) {
        super(carried);
        this.record = correction;
        this.uploadedBy = carried.uploadedBy;
        this.uploadedAt = carried.uploadedAt;
    }

    public DutyRecord record() { return record; }
    public String uploadedBy() { return uploadedBy; }
    public Instant uploadedAt() { return uploadedAt; }
}
