package com.soegroup.accountability.investigation;

import com.soegroup.accountability.rule.sanction.Aggravating;
import com.soegroup.accountability.rule.sanction.Responsibility;

import java.util.Set;

public record FindingData(Responsibility responsibility, String facts, String evidence, Set<HeadCircumstance> circumstances,
                          Set<Aggravating> aggravating, String aggravatingReason, Integer version) {
    public FindingData {
        circumstances = circumstances == null ? Set.of() : Set.copyOf(circumstances);
        aggravating = aggravating == null ? Set.of() : Set.copyOf(aggravating);
    }
}
