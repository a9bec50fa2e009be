package com.soegroup.accountability.effect;

import com.soegroup.accountability.rule.sanction.Measure;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision as HR may see it (workflow.md: effects, not case facts): its number, measures and dates.
 *
 * @param periodStart the day its periods count from (an appeal's replacement keeps the original's)
 * @param servedOn    the day it took effect (a replacement: the appeal's result date)
 * @param endedOn     the day an appeal changed or revoked it, or null
 * @param replacement whether it replaced another decision on appeal
 * @param payTerms    the incentive bar and the other pay terms (never null)
 */
public record DecisionEffect(String decisionNo, List<Measure> measures, Integer banYears, boolean banLifetime,
                             LocalDate periodStart, LocalDate servedOn, LocalDate endedOn,
                             boolean replacement, DecisionPayTerms payTerms) implements Serializable {

    /** Whether the incentive bar of this decision applies on {@code date}: started, not over, not ended on appeal. */
    public boolean incentiveBarredOn(LocalDate date) {
        return payTerms.incentiveBarredOn(date) && (endedOn == null || date.isBefore(endedOn));
    }

    public DecisionEffect {
        measures = List.copyOf(measures);
    }
}
