package com.soegroup.accountability.duty;

import com.soegroup.accountability.clue.Attachments;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A document of one version of a duty record (会议纪要、决议、法律审查意见…), checked like a clue's attachments. It
 * belongs to that version: frozen with it once confirmed (the table's trigger refuses a change), copied into a
 * correction so that every version keeps the documents it was confirmed with.
 */
@Entity
@Table(name = "duty_record_file")
public class DutyRecordFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "duty_record_id", updatable = false)
    private DutyRecord record;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Version
    private int version;

    protected DutyRecordFile() {
    }

    DutyRecordFile(DutyRecord record, Attachments.Checked file, String by, Instant at) {
        this.record = record;
        this.fileName = file.name();
        this.contentType = file.contentType();
        this.sizeBytes = file.content().length;
        this.sha256 = file.sha256();
        this.content = file.content();
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    /** The copy of a file of the corrected version in its correction: who uploaded it and when stay as they were. */
    DutyRecordFile(DutyRecord correction, DutyRecordFile carried) {
        this.record = correction;
        this.fileName = carried.fileName;
        this.contentType = carried.contentType;
        this.sizeBytes = carried.sizeBytes;
        this.sha256 = carried.sha256;
        this.content = carried.content;
        this.uploadedBy = carried.uploadedBy;
        this.uploadedAt = carried.uploadedAt;
    }

    public Long id() { return id; }
    public DutyRecord record() { return record; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public int sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public byte[] content() { return content; }
    public String uploadedBy() { return uploadedBy; }
    public Instant uploadedAt() { return uploadedAt; }
}
