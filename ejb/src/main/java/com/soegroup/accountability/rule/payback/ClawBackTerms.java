package com.soegroup.accountability.rule.payback;

import com.soegroup.accountability.rule.Checks;

import java.io.Serializable;

/**
 * The pay bases of a rule set's claw-back (扣减和追索). Municipal set: the term incentive income of the determination
 * year and the two before it, three years in all (M§28 第二十八条 "责任认定年度（含）前三年"); departed staff as
 * O63 §5(2)3; deductions for one event not added up (M§29 第二十九条).
 *
 * @param termIncentiveYears         how many years of term incentive income, ending with the base's last year
 * @param departedStaffArticle       cited when the base is a departed person's
 * @param deductionsNotSummedArticle cited when choosing the highest of several deductions
 */
public record ClawBackTerms(int termIncentiveYears, String termIncentiveArticle, String departedStaffArticle,
                            String deductionsNotSummedArticle) implements Serializable {

    public ClawBackTerms {
        if (termIncentiveYears <= 0) {
            throw Checks.inconsistent("termIncentiveYears", Integer.toString(termIncentiveYears));
        }
        Checks.text(termIncentiveArticle, "termIncentiveArticle");
        Checks.text(departedStaffArticle, "departedStaffArticle");
        Checks.text(deductionsNotSummedArticle, "deductionsNotSummedArticle");
    }
}
