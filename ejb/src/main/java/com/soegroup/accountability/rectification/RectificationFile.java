package com.soegroup.accountability.rectification;

import com.soegroup.accountability.clue.Attachments;
import com.soegroup.accountability.clue.StoredFile;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A file of a submission, checked like a clue's attachments: its type by content, its SHA-256, the bytes when asked. */
@Entity
@Table(name = "rectification_file")
public class RectificationFile extends StoredFile {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id", updatable = false)
    private RectificationSubmission submission;

    protected RectificationFile() {
    }

    RectificationFile(RectificationSubmission submission, Attachments.Checked file) {
        super(file);
        this.submission = submission;
    }

    public RectificationSubmission submission() { return submission; }
}
