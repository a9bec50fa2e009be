package com.soegroup.accountability.decision;

import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.payback.DeductionSource;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.sanction.Outcome;
import com.soegroup.accountability.rule.sanction.PercentRange;
import com.soegroup.accountability.rule.sanction.Responsibility;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/** Inputs and answers of the decision area. */
public final class DecisionViews {

    private DecisionViews() {
    }

    /** What a person decides; {@code reason} is required outside the recommended row. */
    public record DecisionData(Outcome outcome, DecisionTerms terms, String legalBasis, String facts, String reason,
                               Integer version) {
    }

    /** The engine's row for the subject, to pre-fill and to show beside the form. */
    public record Recommended(List<Measure> measures, PercentRange performanceSalaryPercent,
                              PercentRange termIncentivePercent, boolean deferPerformanceSalary,
                              boolean endUnexercisedRights, Integer handBackYears, Integer incentiveBarYears,
                              boolean incentiveBarPermanent, List<Outcome> outcomes, List<String> articles,
                              int banMinimumYears) {
    }

    /** A subject of a concluded case with what a decision for them would start from. */
    public record Proposal(String caseNo, String employeeNo, String name, Responsibility responsibility, LossLevel level,
                           String ruleSet, LocalDate determinationDate, Recommended recommended, DecisionData prefill,
                           LighterBasis lighterBasisAvailable, String existingDecisionNo) {
    }

    public record Summary(String decisionNo, String caseNo, String employeeNo, String name, String enterprise,
                          List<Measure> measures, Outcome outcome, DecisionStatus status, LocalDate servedOn,
                          LocalDate endedOn, Deviation deviation) {
    }

    public record Page(List<Summary> rows, long total) {
    }

    public record Referral(long id, ReferralKind kind, String organ, LocalDate referredOn, String reference,
                           String sanction, LocalDate sanctionedOn, LocalDate eligibleFrom, int version) {
    }

    public record Appeal(long id, LocalDate filedOn, String grounds, AppealStatus status, LocalDate resultOn,
                         String resultReason, String replacementNo, String filedBy, String resolvedBy, int version) {
    }

    public record HistoryLine(Instant at, String userId, DecisionHistory.Action action, DecisionStatus from,
                              DecisionStatus to, String reason, String details) {
    }

    public record Detail(String decisionNo, String caseNo, DecisionStatus status, String employeeNo, String name,
                         String enterpriseCode, String enterpriseName, String ownerCode, String ownerName,
                         Responsibility responsibility, LossLevel level, String ruleSet, LocalDate determinationDate,
                         Outcome outcome, DecisionTerms terms, String legalBasis, String facts, Deviation deviation,
                         String deviationReason, LighterBasis lighterBasis, String legalReviewer,
                         LocalDate legalReviewedOn, String legalOpinion, String proposedBy, String approvedBy,
                         LocalDate approvedOn, LocalDate servedOn, LocalDate periodStart, LocalDate executedOn,
                         String executionNote, LocalDate endedOn, String replacesNo, String replacedByNo,
                         List<Referral> referrals, List<Appeal> appeals, List<HistoryLine> history,
                         List<DecisionStatus> next, int version) {
    }

    public record Deduction(DeductionSource source, BigDecimal amount, String reference) {
    }

    public record Recovery(LocalDate recoveredOn, BigDecimal amount, String note, String recordedBy) {
    }

    /**
     * The pay part of a decision for HR (no case facts): the bases from HR's pay data, the amounts at the chosen
     * percentages, the other organs' deductions for the event and the one that applies (the highest, M§29).
     *
     * @param missingKey bundle key saying which pay data is missing, when no amount can be computed
     */
    public record Pay(String decisionNo, String employeeNo, String name, String enterpriseName, DecisionStatus status,
                      LocalDate servedOn, boolean departed, Integer lastYear, BigDecimal performanceSalary,
                      SortedMap<Integer, BigDecimal> termIncentiveByYear, BigDecimal performanceSalaryPercent,
                      BigDecimal termIncentivePercent, BigDecimal performanceSalaryAmount,
                      BigDecimal termIncentiveAmount, BigDecimal accountabilityAmount, List<Deduction> deductions,
                      Deduction applicable, List<String> articles, List<Recovery> recoveries, BigDecimal recovered,
                      BigDecimal outstanding, boolean deferPerformanceSalary, boolean endUnexercisedRights,
                      Integer handBackYears, Integer incentiveBarYears, boolean incentiveBarPermanent,
                      String missingKey, List<Object> missingArgs) {
    }

    /** The new decision an appeal's CHANGED result puts in place, with its own legal review. */
    public record Replacement(DecisionData data, String legalReviewer, String legalOpinion) {
    }
}
