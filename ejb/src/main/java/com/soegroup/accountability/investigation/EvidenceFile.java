package com.soegroup.accountability.investigation;

import jakarta.persistence.Basic;
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

/** An evidence file of an investigation (M§20): hashed, typed by content, withdrawn with a reason, never deleted. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "investigation_id", updatable = false)
    private Investigation investigation;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EvidenceBasis basis;

    @Column(name = "document_reference", nullable = false, updatable = false)
    private String documentReference;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(nullable = false)
    private boolean withdrawn;

    @Column(name = "withdrawn_reason")
    private String withdrawnReason;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private int version;

    protected EvidenceFile() {
    }

    EvidenceFile(Investigation investigation, String fileName, String contentType, byte[] content, String sha256,
                 EvidenceBasis basis, String documentReference, String uploadedBy, Instant uploadedAt) {
        this.investigation = investigation;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.sha256 = sha256;
        this.basis = basis;
        this.documentReference = documentReference;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    void withdraw(String reason, String by, Instant at) {
        this.withdrawn = true;
        this.withdrawnReason = reason;
        this.withdrawnBy = by;
        this.withdrawnAt = at;
    }

    public Long id() { return id; }
    public Investigation investigation() { return investigation; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public long sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public EvidenceBasis basis() { return basis; }
    public String documentReference() { return documentReference; }
    public byte[] content() { return content; }
    public String uploadedBy() { return uploadedBy; }
    public Instant uploadedAt() { return uploadedAt; }
    public boolean withdrawn() { return withdrawn; }
    public String withdrawnReason() { return withdrawnReason; }
    public int version() { return version; }
}
