package com.soegroup.accountability.effect;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The terms of a decision that restrict a person's pay and incentives rather than their posts (rules.md §5, M§28):
 * the bar on state-owned enterprises' incentive schemes (不得参加国有企业中长期激励) for some years or for good,
 * deferred performance salary, unexercised rights ended, years of incentive income handed back. HR must see them
 * beside the M§30 restrictions: a person barred from incentives may well be free to be promoted.
 *
 * @param incentiveBarFrom  the day the bar counts from (the decision's period start)
 * @param incentiveBarUntil the first day the bar no longer applies; null for a permanent bar or no bar
 */
public record DecisionPayTerms(Integer incentiveBarYears, boolean incentiveBarPermanent, LocalDate incentiveBarFrom,
                               LocalDate incentiveBarUntil, boolean deferPerformanceSalary, boolean endUnexercisedRights,
                               Integer handBackYears) implements Serializable {

    public boolean incentiveBarred() {
        return incentiveBarPermanent || incentiveBarYears != null && incentiveBarYears > 0;
    }

    /** Whether the incentive bar applies on {@code date} (an appeal's end is the decision's, applied by the caller). */
    public boolean incentiveBarredOn(LocalDate date) {
        return incentiveBarred() && !date.isBefore(incentiveBarFrom) && (incentiveBarUntil == null || date.isBefore(incentiveBarUntil));
    }

    public boolean any() {
        return incentiveBarred() || deferPerformanceSalary || endUnexercisedRights || handBackYears != null;
    }
}
