package com.soegroup.accountability.api.rule;

import com.soegroup.accountability.rule.effect.Eligibility;
import com.soegroup.accountability.rule.effect.Restriction;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.level.LossLevelResult;
import com.soegroup.accountability.rule.sanction.PercentRange;
import com.soegroup.accountability.rule.sanction.Recommendation;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The answers of api.md "Rule evaluation", field for field; absent items are written as null. */
public final class RuleDtos {

    private RuleDtos() {
    }

    @JsonbNillable
    @JsonbPropertyOrder({"level", "byAmount", "byShare", "assetsMissing", "ruleSet"})
    public record LossLevelAnswer(String level, String byAmount, String byShare, boolean assetsMissing, String ruleSet) {

        static LossLevelAnswer of(LossLevelResult result) {
            return new LossLevelAnswer(name(result.level()), name(result.byAmount()), name(result.byShare()),
                    result.assetsMissing(), result.ruleSetCode());
        }
    }

    @JsonbNillable
    @JsonbPropertyOrder({"min", "max"})
    public record Percent(BigDecimal min, BigDecimal max) {

        static Percent of(PercentRange range) {
            return range == null ? null : new Percent(plain(range.min()), plain(range.max()));
        }
    }

    @JsonbNillable
    @JsonbPropertyOrder({"measures", "performanceSalaryPercent", "termIncentivePercent", "deferPerformanceSalary",
            "endUnexercisedRights", "handBackYears", "incentiveBarYears", "incentiveBarPermanent",
            "faultToleranceAllowed", "outcomes"})
    public record RecommendationAnswer(List<String> measures, Percent performanceSalaryPercent,
                                       Percent termIncentivePercent, boolean deferPerformanceSalary,
                                       boolean endUnexercisedRights, Integer handBackYears, Integer incentiveBarYears,
                                       boolean incentiveBarPermanent, boolean faultToleranceAllowed,
                                       List<String> outcomes) {

        static RecommendationAnswer of(Recommendation r) {
            return new RecommendationAnswer(r.measures().stream().map(Enum::name).toList(),
                    Percent.of(r.performanceSalaryPercent()), Percent.of(r.termIncentivePercent()),
                    r.deferPerformanceSalary(), r.endUnexercisedRights(), r.handBackYears(), r.incentiveBarYears(),
                    r.incentiveBarPermanent(), r.faultToleranceAllowed(), r.outcomes().stream().map(Enum::name).toList());
        }
    }

    @JsonbNillable
    @JsonbPropertyOrder({"kind", "source", "from", "eligibleFrom"})
    public record RestrictionAnswer(String kind, String source, String from, String eligibleFrom) {

        static RestrictionAnswer of(Restriction restriction) {
            return new RestrictionAnswer(restriction.kind().name(), name(restriction.source()), date(restriction.from()),
                    date(restriction.eligibleFrom()));
        }
    }

    @JsonbNillable
    @JsonbPropertyOrder({"eligibleForPromotion", "eligibleForAnyPost", "eligibleForSeniorManagement", "restrictions"})
    public record EligibilityAnswer(boolean eligibleForPromotion, boolean eligibleForAnyPost,
                                    boolean eligibleForSeniorManagement, List<RestrictionAnswer> restrictions) {

        public static EligibilityAnswer of(Eligibility eligibility) {
            return new EligibilityAnswer(eligibility.eligibleForPromotion(), eligibility.eligibleForAnyPost(),
                    eligibility.eligibleForSeniorManagement(),
                    eligibility.restrictions().stream().map(RestrictionAnswer::of).toList());
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** 50.00 → 50, 49.99 stays: numbers as api.md writes them, never in exponent form. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
