package com.soegroup.accountability.rule.payback;

import com.soegroup.accountability.rule.Checks;

import java.math.BigDecimal;

/**
 * One pay deduction ordered for an event and a person (M§29 第二十九条).
 *
 * @param reference opaque to the rules, e.g. the number of the decision that ordered it
 */
public record PayDeduction(DeductionSource source, BigDecimal amount, String reference) {

    public PayDeduction {
        Checks.required(source, "source");
        amount = Checks.amount(amount, "amount");
    }
}
