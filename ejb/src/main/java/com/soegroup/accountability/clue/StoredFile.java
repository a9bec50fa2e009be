package com.soegroup.accountability.clue;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A file checked by {@link Attachments} and kept in a table of the area it belongs to (a clue's attachments,
 * rectification submissions, self-inspection answers, duty records…): its name, its type by content, its size and
 * SHA-256, and the bytes, read only when asked. Each area's subclass adds what the file belongs to.
 */
@MappedSuperclass
public abstract class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    @Version
    private int version;

    protected StoredFile() {
    }

    protected StoredFile(Attachments.Checked file) {
        this.fileName = file.name();
        this.contentType = file.contentType();
        this.sizeBytes = file.content().length;
        this.sha256 = file.sha256();
        this.content = file.content();
    }

    /** A copy of another stored file's name, type and bytes (e.g. carried into a new version of its record). */
    protected StoredFile(StoredFile copied) {
        this.fileName = copied.fileName;
        this.contentType = copied.contentType;
        this.sizeBytes = copied.sizeBytes;
        this.sha256 = copied.sha256;
        this.content = copied.content();
    }

    public Long id() { return id; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public int sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public byte[] content() { return content; }
}
