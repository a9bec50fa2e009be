package com.soegroup.accountability.decision;

import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.sanction.Outcome;
import com.soegroup.accountability.rule.sanction.Responsibility;
import com.soegroup.accountability.rule.set.Circumstance;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

public record DecisionDetail(String decisionNo, String caseNo, DecisionStatus status, String employeeNo, String name,
                             String enterpriseCode, String enterpriseName, String ownerCode, String ownerName,
                             Responsibility responsibility, LossLevel level, String ruleSet, LocalDate determinationDate,
                             Outcome outcome, DecisionTerms terms, String legalBasis, String facts, Deviation deviation,
                             String deviationReason, LighterBasis lighterBasis, String legalReviewer,
                             LocalDate legalReviewedOn, String legalOpinion, String proposedBy, String approvedBy,
                             LocalDate approvedOn, LocalDate servedOn, LocalDate periodStart, LocalDate executedOn,
                             String executionNote, LocalDate endedOn, String replacesNo, String replacedByNo,
                             List<ReferralDetail> referrals, List<AppealDetail> appeals, List<DecisionHistoryEntry> history,
                             List<DecisionStatus> next, int version,
                             List<Circumstance> violations, List<String> exemptions) implements Serializable {

    /** Why the step cannot be taken yet (a bundle key), or null: {@link DecisionLifecycle#blocker}. */
    public String blockerOf(DecisionStatus to) {
        return DecisionLifecycle.blocker(to, legalReviewedOn);
    }
}
