package com.soegroup.accountability.duty;

import java.io.Serializable;
import java.time.Instant;

/** A document of a record as listed, without its bytes; {@code uploadedBy} is the uploader's name. */
public record DutyRecordFileInfo(long id, String name, String contentType, int size, String sha256, String uploadedBy,
                                 Instant uploadedAt) implements Serializable {
}
