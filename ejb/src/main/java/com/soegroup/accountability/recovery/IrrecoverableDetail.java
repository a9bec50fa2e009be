package com.soegroup.accountability.recovery;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** The office's request to write the balance off as irrecoverable, and LEADER's answer with the opinion. */
public record IrrecoverableDetail(IrrecoverableStatus status, BigDecimal amount, String reason, String requestedBy,
                                  Instant requestedAt, String decidedBy, Instant decidedAt, String opinion)
        implements Serializable {

    static IrrecoverableDetail of(RecoveryCase c) {
        return c == null || c.status() == null ? null : new IrrecoverableDetail(c.status(), c.amount(), c.reason(),
                c.requestedBy(), c.requestedAt(), c.decidedBy(), c.decidedAt(), c.opinion());
    }
}
