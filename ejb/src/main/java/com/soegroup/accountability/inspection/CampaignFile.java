package com.soegroup.accountability.inspection;

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

/** An evidence file of an answer, checked like a clue's attachments: its type by content, its SHA-256, the bytes when asked. */
@Entity
@Table(name = "campaign_file")
public class CampaignFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "answer_id", updatable = false)
    private CampaignAnswer answer;

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

    protected CampaignFile() {
    }

    CampaignFile(CampaignAnswer answer, Attachments.Checked file) {
        this.answer = answer;
        this.fileName = file.name();
        this.contentType = file.contentType();
        this.sizeBytes = file.content().length;
        this.sha256 = file.sha256();
        this.content = file.content();
    }

    public Long id() { return id; }
    public CampaignAnswer answer() { return answer; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public int sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public byte[] content() { return content; }
}
