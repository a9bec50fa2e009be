package com.soegroup.accountability.clue;

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

import java.time.LocalDate;

/** A file of a clue: its type as its content shows it, its SHA-256, and the bytes (loaded only when asked). */
@Entity
@Table(name = "clue_attachment")
public class ClueAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clue_id", updatable = false)
    private Clue clue;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_on", nullable = false)
    private LocalDate uploadedOn;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Version
    private int version;

    protected ClueAttachment() {
    }

    ClueAttachment(Clue clue, Attachments.Checked file, LocalDate uploadedOn, String uploadedBy) {
        this.clue = clue;
        this.fileName = file.name();
        this.contentType = file.contentType();
        this.sizeBytes = file.content().length;
        this.sha256 = file.sha256();
        this.content = file.content();
        this.uploadedOn = uploadedOn;
        this.uploadedBy = uploadedBy;
    }

    public Long id() { return id; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public int sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public byte[] content() { return content; }
    public LocalDate uploadedOn() { return uploadedOn; }
}
