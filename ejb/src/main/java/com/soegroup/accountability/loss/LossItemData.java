package com.soegroup.accountability.loss;

import com.soegroup.accountability.investigation.EvidenceBasis;

import java.math.BigDecimal;
import java.util.List;

/**
 * A loss item as entered; a contingent item counts only with {@code assessmentReference} (M§21).
 * {@code evidenceFiles}: ids of evidence files of the same case the item rests on (may be empty).
 * {@code recoveredAmount}: null, or the figure the caller read sent back unchanged; what was recovered is the sum of
 * the item's recovery events, never typed here.
 */
public record LossItemData(LossKind kind, boolean contingent, String description, BigDecimal amount,
                           EvidenceBasis basis, String evidenceReference, String assessmentReference,
                           BigDecimal recoveredAmount, List<Long> evidenceFiles) {
    public LossItemData {
        evidenceFiles = evidenceFiles == null ? List.of() : List.copyOf(evidenceFiles);
    }
}
