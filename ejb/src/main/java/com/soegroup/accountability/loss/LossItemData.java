package com.soegroup.accountability.loss;

import com.soegroup.accountability.investigation.EvidenceBasis;
import java.math.BigDecimal;

/** A loss item as entered; a contingent item counts only with {@code assessmentReference} (M§21). */
public record LossItemData(LossKind kind, boolean contingent, String description, BigDecimal amount,
                           EvidenceBasis basis, String evidenceReference, String assessmentReference,
                           BigDecimal recoveredAmount) {
}
