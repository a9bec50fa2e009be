package com.soegroup.accountability.investigation;

import com.soegroup.accountability.rule.sanction.Exclusion;
import com.soegroup.accountability.rule.sanction.MitigatingCondition;
import com.soegroup.accountability.rule.sanction.Outcome;

import java.util.List;
import java.util.Map;
import java.util.Set;

public record EvaluationData(Set<Exclusion> exclusions, Map<MitigatingCondition, String> conditions, Outcome outcome,
                             List<String> exemptions) {
    public EvaluationData {
        exclusions = exclusions == null ? Set.of() : Set.copyOf(exclusions);
        conditions = conditions == null ? Map.of() : Map.copyOf(conditions);
        exemptions = exemptions == null ? List.of() : List.copyOf(exemptions);
    }

    /** An evaluation on M§32's conditions alone, no matter of the set's exemption list. */
    public EvaluationData(Set<Exclusion> exclusions, Map<MitigatingCondition, String> conditions, Outcome outcome) {
        this(exclusions, conditions, outcome, List.of());
    }
}
