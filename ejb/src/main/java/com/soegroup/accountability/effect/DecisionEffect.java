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
 */
public record DecisionEffect(String decisionNo, List<Measure> measures, Integer banYears, boolean banLifetime,
                             LocalDate periodStart, LocalDate servedOn, LocalDate endedOn,
                             boolean replacement) implements Serializable {

    public DecisionEffect {
        measures = List.copyOf(measures);
    }
}
