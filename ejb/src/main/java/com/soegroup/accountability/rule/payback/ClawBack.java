package com.soegroup.accountability.rule.payback;

import java.math.BigDecimal;
import java.util.List;

/**
 * The amounts to deduct or recover for the chosen percentages (M§28 第二十八条), each rounded to the fen HALF_UP.
 *
 * @param total performance salary amount plus term incentive amount
 */
public record ClawBack(PayBase base, BigDecimal performanceSalaryPercent, BigDecimal termIncentivePercent,
                       BigDecimal performanceSalaryAmount, BigDecimal termIncentiveAmount, BigDecimal total,
                       List<String> articles) {

    public ClawBack {
        articles = List.copyOf(articles);
    }
}
