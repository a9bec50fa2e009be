package com.soegroup.accountability.rectification;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A submission with its files and, once the office looked at it, its review. */
public record SubmissionDetail(long id, String text, String submittedBy, Instant submittedAt, List<FileInfo> files,
                               SubmissionReview review, String reviewOpinion, String reviewedBy,
                               Instant reviewedAt) implements Serializable {

    public SubmissionDetail {
        files = List.copyOf(files);
    }
}
