package com.soegroup.accountability.loss;

import java.util.List;

/**
 * The loss of an investigation: its items, the sums, and the determination (null while there is no item).
 * Later areas read the level from {@link LossDetermination#level()} with its rule set and date.
 */
public record LossSummary(String caseNo, String lossEnterprise, List<LossItem> items, LossTotals totals,
                          LossDetermination determination) {

    public LossSummary {
        items = List.copyOf(items);
    }
}
