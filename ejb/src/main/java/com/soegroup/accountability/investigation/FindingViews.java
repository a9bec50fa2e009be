package com.soegroup.accountability.investigation;

import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.sanction.Aggravating;
import com.soegroup.accountability.rule.sanction.Exclusion;
import com.soegroup.accountability.rule.sanction.MitigatingCondition;
import com.soegroup.accountability.rule.sanction.Outcome;
import com.soegroup.accountability.rule.sanction.Responsibility;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Inputs and answers of findings, fault-tolerance evaluations and jurisdiction. */
public final class FindingViews {

    private FindingViews() {
    }

    public record FindingData(Responsibility responsibility, String facts, String evidence, Set<HeadCircumstance> circumstances,
                              Set<Aggravating> aggravating, String aggravatingReason, Integer version) {
        public FindingData {
            circumstances = circumstances == null ? Set.of() : Set.copyOf(circumstances);
            aggravating = aggravating == null ? Set.of() : Set.copyOf(aggravating);
        }
    }

    public record EvaluationData(Set<Exclusion> exclusions, Map<MitigatingCondition, String> conditions, Outcome outcome) {
        public EvaluationData {
            exclusions = exclusions == null ? Set.of() : Set.copyOf(exclusions);
            conditions = conditions == null ? Map.of() : Map.copyOf(conditions);
        }
    }

    public record Evaluation(List<Exclusion> exclusions, List<MitigatingCondition> conditions, String conditionEvidence,
                             Outcome outcome, String ruleSet, FaultToleranceEvaluation.Status status, String proposedBy,
                             String approvedBy, Instant approvedAt, String approvalNote, int version) {
    }

    public record Finding(String employeeNo, String name, boolean enterpriseHead, Responsibility responsibility, String facts,
                          String evidence, List<HeadCircumstance> circumstances, List<Aggravating> aggravating,
                          String aggravatingReason, Integer version, List<Outcome> allowedOutcomes, Evaluation evaluation) {
    }

    public record Jurisdiction(LossLevel level, String currentUnit, String proposedUnit, boolean ownerInstitution,
                               String basisKey) {
    }

    public record Findings(String caseNo, LossLevel level, List<Finding> subjects, Jurisdiction jurisdiction) {
    }
}
