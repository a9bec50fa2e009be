package com.soegroup.accountability.loss;

import com.soegroup.accountability.investigation.EvidenceBasis;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A loss item as read (资产损失, M§17–21).
 *
 * @param counted         whether it counts towards L: actual, or contingent with the intermediary's assessment
 * @param recoveredAmount what was recovered of it: the sum of its recovery events, never typed into the item
 */
public record LossItemDetail(long id, LossKind kind, boolean contingent, boolean counted, String description,
                             BigDecimal amount, EvidenceBasis basis, String evidenceReference, String assessmentReference,
                             BigDecimal recoveredAmount, String enteredBy, Instant enteredAt, List<Long> evidenceFiles,
                             int version) implements Serializable {

    static LossItemDetail of(LossItem i, BigDecimal recovered) {
        return new LossItemDetail(i.id(), i.kind(), i.contingent(), i.counted(), i.description(), i.amount(), i.basis(),
                i.evidenceReference(), i.assessmentReference(), recovered, i.enteredBy(), i.enteredAt(),
                i.evidenceFiles().stream().sorted().toList(), i.version());
    }
}
