package com.soegroup.accountability.rule.payback;

import com.soegroup.accountability.rule.Checks;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The amounts HR enters for a claw-back (M§28 第二十八条; O63 §5(2)3 for departed staff).
 *
 * @param departed            the person no longer draws performance salary from the enterprise at determination
 * @param lastYear            the determination year; for departed staff the last year paid by the enterprise
 * @param performanceSalary   the determination year's performance annual salary; for departed staff the whole
 *                            performance annual salary before leaving (离职前全部绩效年薪)
 * @param termIncentiveByYear term incentive income per calendar year, within the set's window ending with
 *                            {@code lastYear}; a year without income may be left out
 */
public record PayBase(boolean departed, int lastYear, BigDecimal performanceSalary,
                      SortedMap<Integer, BigDecimal> termIncentiveByYear) {

    public PayBase {
        performanceSalary = Checks.amount(performanceSalary, "performanceSalary");
        SortedMap<Integer, BigDecimal> copy = new TreeMap<>();
        Checks.required(termIncentiveByYear, "termIncentiveByYear")
                .forEach((year, amount) -> copy.put(Checks.required(year, "termIncentiveByYear"),
                        Checks.amount(amount, "termIncentiveByYear[" + year + "]")));
        termIncentiveByYear = Collections.unmodifiableSortedMap(copy);
    }

    public static PayBase serving(int determinationYear, BigDecimal performanceSalary,
                                  Map<Integer, BigDecimal> termIncentiveByYear) {
        return new PayBase(false, determinationYear, performanceSalary, new TreeMap<>(termIncentiveByYear));
    }

    public static PayBase departed(int lastYearPaid, BigDecimal performanceSalaryBeforeLeaving,
                                   Map<Integer, BigDecimal> termIncentiveByYear) {
        return new PayBase(true, lastYearPaid, performanceSalaryBeforeLeaving, new TreeMap<>(termIncentiveByYear));
    }

    public BigDecimal termIncentiveTotal() {
        return termIncentiveByYear.values().stream().reduce(BigDecimal.ZERO.setScale(Checks.MONEY_SCALE), BigDecimal::add);
    }
}
