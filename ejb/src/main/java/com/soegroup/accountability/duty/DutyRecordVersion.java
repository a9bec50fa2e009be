package com.soegroup.accountability.duty;

import java.io.Serializable;
import java.time.Instant;

/**
 * One version of a record in its history: the revision, its status (a confirmed one with a newer revision is
 * superseded), the correction's reason, and who entered and confirmed it (names, not sign-in names).
 */
public record DutyRecordVersion(int revision, DutyRecordStatus status, String correctionReason, String createdBy,
                                Instant createdAt, String confirmedBy, Instant confirmedAt) implements Serializable {
}
