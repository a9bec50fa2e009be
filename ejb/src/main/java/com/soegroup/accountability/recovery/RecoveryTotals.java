package com.soegroup.accountability.recovery;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The recovery of an enterprise subtree in a year, for the statistics and the annual report (篇五 二(二)3: 追损).
 * Cases count by the enterprise where the loss occurred.
 *
 * @param determined    the loss determined in the year (cases whose determination date lies in it)
 * @param recovered     recovered in the year, by how (HR's claw-backs as {@link RecoveryMethod#PAY_CLAWBACK}), every
 *                      method present, zero included
 * @param recoveredSum  the sum of {@code recovered}
 * @param irrecoverable balances written off as irrecoverable with LEADER's approval in the year
 * @param outstanding   what remained to recover at the end of the year (today for the current one), of the cases
 *                      determined until then
 */
public record RecoveryTotals(String enterprise, int year, BigDecimal determined, Map<RecoveryMethod, BigDecimal> recovered,
                             BigDecimal recoveredSum, BigDecimal irrecoverable, BigDecimal outstanding)
        implements Serializable {

    public RecoveryTotals {
        recovered = Map.copyOf(recovered);
    }
}
