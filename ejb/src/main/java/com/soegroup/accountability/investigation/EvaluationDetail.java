package com.soegroup.accountability.investigation;

import com.soegroup.accountability.rule.sanction.Exclusion;
import com.soegroup.accountability.rule.sanction.MitigatingCondition;
import com.soegroup.accountability.rule.sanction.Outcome;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

public record EvaluationDetail(List<Exclusion> exclusions, List<MitigatingCondition> conditions, String conditionEvidence,
                               Outcome outcome, String ruleSet, FaultToleranceEvaluation.Status status, String proposedBy,
                               String approvedBy, Instant approvedAt, String approvalNote,
                               int version, List<String> exemptions, List<String> exemptionCitations) implements Serializable {
}
