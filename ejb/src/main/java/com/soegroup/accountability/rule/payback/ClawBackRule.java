package com.soegroup.accountability.rule.payback;

import com.soegroup.accountability.rule.Checks;
import com.soegroup.accountability.rule.RuleInputException;
import com.soegroup.accountability.rule.set.RuleSet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Claw-back arithmetic: percentages of HR's pay bases (M§28 第二十八条; departed staff O63 §5(2)3, M§33 第三十三条)
 * and, where several organs deduct for one event, the highest one (M§29 第二十九条). The percentages are what a
 * person decided; whether they lie in the recommended range is {@code PercentRange.contains}'s question.
 */
public final class ClawBackRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ClawBackRule() {
    }

    /**
     * @param performanceSalaryPercent 0–100, two decimals at most (0 when the row prescribes none)
     * @param termIncentivePercent     0–100, two decimals at most (0 when the row prescribes none)
     * @throws RuleInputException when a term incentive year lies outside the set's window ending with the base's
     *                            last year, or a percentage is out of range
     */
    public static ClawBack compute(PayBase base, BigDecimal performanceSalaryPercent, BigDecimal termIncentivePercent,
                                   RuleSet ruleSet) {
        Checks.required(base, "base");
        BigDecimal performancePercent = Checks.percent(performanceSalaryPercent, "performanceSalaryPercent");
        BigDecimal termPercent = Checks.percent(termIncentivePercent, "termIncentivePercent");
        ClawBackTerms terms = ruleSet.clawBack();
        int firstYear = base.lastYear() - terms.termIncentiveYears() + 1;
        for (int year : base.termIncentiveByYear().keySet()) {
            if (year < firstYear || year > base.lastYear()) {
                throw new RuleInputException("termIncentiveByYear[" + year + "]",
                        RuleInputException.YEAR_OUTSIDE_WINDOW, firstYear + "–" + base.lastYear());
            }
        }
        // percentage of the sum, not the sum of rounded yearly percentages: one rounding per amount
        BigDecimal performanceAmount = share(base.performanceSalary(), performancePercent);
        BigDecimal termAmount = share(base.termIncentiveTotal(), termPercent);
        List<String> articles = new ArrayList<>(List.of(terms.termIncentiveArticle()));
        if (base.departed()) {
            articles.add(terms.departedStaffArticle());
        }
        return new ClawBack(base, performancePercent, termPercent, performanceAmount, termAmount,
                performanceAmount.add(termAmount), articles.stream().distinct().toList());
    }

    /**
     * The deduction that applies among those of party discipline, government discipline and accountability for
     * one event and person: the highest amount; on a tie the first given.
     */
    public static EffectiveDeduction effective(List<PayDeduction> deductions, RuleSet ruleSet) {
        if (Checks.required(deductions, "deductions").isEmpty()) {
            throw new RuleInputException("deductions", RuleInputException.REQUIRED, "none given");
        }
        PayDeduction highest = deductions.get(0);
        for (PayDeduction deduction : deductions) {
            if (deduction.amount().compareTo(highest.amount()) > 0) {
                highest = deduction;
            }
        }
        List<PayDeduction> superseded = new ArrayList<>(deductions);
        superseded.remove(highest);
        return new EffectiveDeduction(highest, superseded, ruleSet.clawBack().deductionsNotSummedArticle());
    }

    private static BigDecimal share(BigDecimal amount, BigDecimal percent) {
        return Checks.round(amount.multiply(percent).divide(HUNDRED));
    }
}
