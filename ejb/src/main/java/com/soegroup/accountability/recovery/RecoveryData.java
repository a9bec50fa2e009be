package com.soegroup.accountability.recovery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A recovery as entered: of which loss item, when, how much, how, under which reference (judgment, agreement,
 * claim number), and the evidence: a text saying what proves it and, optionally, ids of the case's evidence files.
 */
public record RecoveryData(Long lossItemId, LocalDate recoveredOn, BigDecimal amount, RecoveryMethod method,
                           String reference, String evidence, List<Long> evidenceFiles) {
    public RecoveryData {
        evidenceFiles = evidenceFiles == null ? List.of() : List.copyOf(evidenceFiles);
    }
}
