package com.soegroup.accountability.rule.payback;

import java.util.List;

/**
 * The deduction that applies to one event and person — the highest, not the sum (M§29 第二十九条) — and the ones
 * it supersedes, kept for display in their input order.
 */
public record EffectiveDeduction(PayDeduction effective, List<PayDeduction> superseded, String article) {

    public EffectiveDeduction {
        superseded = List.copyOf(superseded);
    }
}
