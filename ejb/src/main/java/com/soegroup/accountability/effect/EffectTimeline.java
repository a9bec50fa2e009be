package com.soegroup.accountability.effect;

import com.soegroup.accountability.rule.effect.Eligibility;
import com.soegroup.accountability.rule.effect.Restriction;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything HR's card shows of a person: the standing on {@code date}, every restriction ever applied (past,
 * in force and future, each as far as its decision applied, ordered by start), and the decisions behind them.
 */
public record EffectTimeline(PersonRef person, LocalDate date, Eligibility eligibility, List<Restriction> restrictions,
                             List<DecisionEffect> decisions) implements Serializable {

    public EffectTimeline {
        restrictions = List.copyOf(restrictions);
        decisions = List.copyOf(decisions);
    }
}
