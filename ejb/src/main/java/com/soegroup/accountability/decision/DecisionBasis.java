package com.soegroup.accountability.decision;

import com.soegroup.accountability.investigation.FaultToleranceEvaluation;
import com.soegroup.accountability.investigation.ResponsibilityFinding;
import com.soegroup.accountability.loss.LossDetermination;
import com.soegroup.accountability.rule.sanction.Recommendation;
import com.soegroup.accountability.rule.set.RuleSet;

import java.util.Optional;

/** What a decision for a subject rests on: the finding, the loss determination and the engine's advice. */
record DecisionBasis(ResponsibilityFinding finding, LossDetermination determination,
                     Optional<FaultToleranceEvaluation> evaluation, Recommendation recommendation, RuleSet ruleSet) {
}
