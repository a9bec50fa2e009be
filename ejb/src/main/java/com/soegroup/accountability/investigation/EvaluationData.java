package com.soegroup.accountability.investigation;

import com.soegroup.accountability.rule.sanction.Exclusion;
import com.soegroup.accountability.rule.sanction.MitigatingCondition;
import com.soegroup.accountability.rule.sanction.Outcome;

import java.util.Map;
import java.util.Set;

public record EvaluationData(Set<Exclusion> exclusions, Map<MitigatingCondition, String> conditions, Outcome outcome) {
    public EvaluationData {
        exclusions = exclusions == null ? Set.of() : Set.copyOf(exclusions);
        conditions = conditions == null ? Map.of() : Map.copyOf(conditions);
    }
}
