package com.soegroup.accountability.decision;

import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.sanction.Responsibility;

import java.io.Serializable;
import java.time.LocalDate;

/** A subject of a concluded case with what a decision for them would start from. */
public record DecisionProposal(String caseNo, String employeeNo, String name, Responsibility responsibility, LossLevel level,
                               String ruleSet, LocalDate determinationDate, RecommendedSanction recommended, DecisionData prefill,
                               LighterBasis lighterBasisAvailable, String existingDecisionNo) implements Serializable {
}
