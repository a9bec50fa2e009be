package com.soegroup.accountability.rectification;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** An extension request and LEADER's answer. */
public record ExtensionDetail(long id, String reason, LocalDate previousDeadline, LocalDate requestedDeadline,
                              ExtensionStatus status, String requestedBy, Instant requestedAt, String decidedBy,
                              Instant decidedAt, String opinion, int version) implements Serializable {
}
