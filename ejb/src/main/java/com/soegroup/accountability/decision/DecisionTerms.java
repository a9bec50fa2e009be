package com.soegroup.accountability.decision;

import com.soegroup.accountability.rule.sanction.Measure;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a decision imposes (rules.md §4–§5): organisational measures (with the ban's term), the shares of pay to
 * deduct or claw back, and the incentive terms.
 *
 * @param measures                 lightest first, no duplicates; empty when only pay or nothing is imposed
 * @param banYears                 only with BAN, not with {@code banLifetime}
 * @param performanceSalaryPercent null when none
 * @param termIncentivePercent     null when none
 */
public record DecisionTerms(List<Measure> measures, Integer banYears, boolean banLifetime,
                            BigDecimal performanceSalaryPercent, BigDecimal termIncentivePercent,
                            boolean deferPerformanceSalary, boolean endUnexercisedRights, Integer handBackYears,
                            Integer incentiveBarYears, boolean incentiveBarPermanent) implements Serializable {

    public DecisionTerms {
        measures = measures == null ? List.of() : measures.stream().distinct().sorted().toList();
    }
}
