package com.soegroup.accountability.api.rule;

import com.soegroup.accountability.api.ApiRequest;
import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.api.JsonInput;
import com.soegroup.accountability.rule.effect.Eligibility;
import com.soegroup.accountability.rule.effect.MeasureTaken;
import com.soegroup.accountability.rule.effect.Restriction;
import com.soegroup.accountability.rule.effect.RestrictionKind;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.level.LossLevelResult;
import com.soegroup.accountability.rule.sanction.Aggravating;
import com.soegroup.accountability.rule.sanction.Exclusion;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.sanction.MitigatingCondition;
import com.soegroup.accountability.rule.sanction.PercentRange;
import com.soegroup.accountability.rule.sanction.Recommendation;
import com.soegroup.accountability.rule.sanction.Responsibility;
import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.rule.set.RuleSetStatus;
import com.soegroup.accountability.ruleset.RuleSetAdminService;
import com.soegroup.accountability.shared.AccountabilityException;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The requests and answers of api.md "Rule evaluation", field for field (absent items of an answer are written as
 * null), and of the rule sets' administration under /rules/sets.
 */
public final class RuleDtos {

    private RuleDtos() {
    }

    /** {@code ruleSet} null: the set in force on {@code determinationDate}, which defaults to today. */
    public record LossLevelRequest(@Schema(required = true, ref = "Money") BigDecimal amount,
                                   @Schema(ref = "Money") BigDecimal priorYearEndAssets, @Size(max = 64) String ruleSet,
                                   LocalDate determinationDate) implements ApiRequest {
        static LossLevelRequest read(JsonInput in) {
            return new LossLevelRequest(in.money("amount", true), in.money("priorYearEndAssets", false),
                    in.text("ruleSet", false), in.date("determinationDate", false));
        }
    }

    public record RecommendationRequest(@Schema(required = true) LossLevel level,
                                        @Schema(required = true) Responsibility responsibility,
                                        Set<Aggravating> aggravating, Set<Exclusion> exclusions,
                                        Set<MitigatingCondition> conditions, @Size(max = 64) String ruleSet,
                                        LocalDate determinationDate) implements ApiRequest {
        static RecommendationRequest read(JsonInput in) {
            return new RecommendationRequest(in.code("level", LossLevel.class, true),
                    in.code("responsibility", Responsibility.class, true), in.codes("aggravating", Aggravating.class),
                    in.codes("exclusions", Exclusion.class), in.codes("conditions", MitigatingCondition.class),
                    in.text("ruleSet", false), in.date("determinationDate", false));
        }
    }

    /** A measure taken: a {@code BAN} carries {@code banYears} (5 or more) or {@code lifetime} true. */
    @Schema(name = "MeasureTaken")
    public record MeasureRequest(@Schema(required = true) Measure measure,
                                 @Schema(required = true) LocalDate effectiveDate, Integer banYears, boolean lifetime) {
        static MeasureRequest read(JsonInput in) {
            return new MeasureRequest(in.code("measure", Measure.class, true), in.date("effectiveDate", true),
                    in.integer("banYears"), in.bool("lifetime"));
        }

        MeasureTaken taken() {
            return new MeasureTaken(measure, effectiveDate, banYears, lifetime, null);
        }
    }

    /** {@code date} defaults to today; {@code disciplinaryEligibleFrom}: see api.md. */
    public record PromotionEffectsRequest(@Schema(required = true) List<MeasureRequest> measures,
                                          LocalDate disciplinaryEligibleFrom, LocalDate date,
                                          @Size(max = 64) String ruleSet) implements ApiRequest {
        static PromotionEffectsRequest read(JsonInput in) {
            return new PromotionEffectsRequest(in.objects("measures", true, MeasureRequest::read),
                    in.date("disciplinaryEligibleFrom", false), in.date("date", false), in.text("ruleSet", false));
        }

        List<MeasureTaken> taken() {
            return measures.stream().map(MeasureRequest::taken).toList();
        }
    }

    @JsonbNillable
    @JsonbPropertyOrder({"level", "byAmount", "byShare", "assetsMissing", "ruleSet"})
    public record LossLevelAnswer(String level, String byAmount, String byShare, boolean assetsMissing,
                                  String ruleSet) {

        static LossLevelAnswer of(LossLevelResult result) {
            return new LossLevelAnswer(ApiValues.name(result.level()), ApiValues.name(result.byAmount()),
                    ApiValues.name(result.byShare()), result.assetsMissing(), result.ruleSetCode());
        }
    }

    @JsonbNillable
    @JsonbPropertyOrder({"min", "max"})
    @Schema(name = "PercentRange")
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
                    r.incentiveBarPermanent(), r.faultToleranceAllowed(),
                    r.outcomes().stream().map(Enum::name).toList());
        }
    }

    @JsonbNillable
    @JsonbPropertyOrder({"kind", "source", "from", "eligibleFrom"})
    @Schema(name = "Restriction")
    public record RestrictionAnswer(String kind, String source, String from, String eligibleFrom) {

        static RestrictionAnswer of(Restriction restriction) {
            return new RestrictionAnswer(restriction.kind().name(), ApiValues.name(restriction.source()),
                    ApiValues.date(restriction.from()), ApiValues.date(restriction.eligibleFrom()));
        }
    }

    @JsonbNillable
    @JsonbPropertyOrder({"eligibleForPromotion", "eligibleForAnyPost", "eligibleForSeniorManagement", "restrictions"})
    @Schema(name = "Eligibility")
    public record EligibilityAnswer(boolean eligibleForPromotion, boolean eligibleForAnyPost,
                                    boolean eligibleForSeniorManagement, List<RestrictionAnswer> restrictions) {

        public static EligibilityAnswer of(Eligibility eligibility) {
            return new EligibilityAnswer(eligibility.eligibleForPromotion(), eligibility.eligibleForAnyPost(),
                    eligibility.eligibleForSeniorManagement(),
                    eligibility.restrictions().stream().map(RestrictionAnswer::of).toList());
        }
    }

    @JsonbNillable
    @JsonbPropertyOrder({"code", "issuer", "title", "effectiveFrom", "filingDate", "status", "tablesReviewed"})
    public record RuleSetSummary(String code, String issuer, String title, LocalDate effectiveFrom,
                                 LocalDate filingDate, String status, boolean tablesReviewed) {

        static RuleSetSummary of(RuleSet set) {
            return new RuleSetSummary(set.code(), set.issuer(), set.title(), set.effectiveFrom(), set.filingDate(),
                    set.status().name(), set.tablesReviewed());
        }
    }

    /** What an administrator's change answers: the set's state and the version to name in the next change. */
    @JsonbNillable
    @JsonbPropertyOrder({"code", "issuer", "title", "effectiveFrom", "filingDate", "status", "tablesReviewed",
            "derivedFrom", "version"})
    public record AdministeredRuleSet(String code, String issuer, String title, LocalDate effectiveFrom,
                                      LocalDate filingDate, String status, boolean tablesReviewed, String derivedFrom,
                                      int version) {

        static AdministeredRuleSet of(RuleSetAdminService.Versioned versioned) {
            RuleSet set = versioned.set();
            return new AdministeredRuleSet(set.code(), set.issuer(), set.title(), set.effectiveFrom(), set.filingDate(),
                    set.status().name(), set.tablesReviewed(), versioned.derivedFrom(), versioned.version());
        }
    }

    /** Copies a set to a new draft under a new code. */
    @Schema(name = "RuleSetCopyRequest")
    public record CopyRequest(@Schema(required = true) @Size(max = 64) String code,
                              @Schema(required = true) @Size(max = 400) String title,
                              @Schema(required = true) LocalDate effectiveFrom) implements ApiRequest {
        static CopyRequest read(JsonInput in) {
            return new CopyRequest(in.text("code", true), in.text("title", true), in.date("effectiveFrom", true));
        }
    }

    /** A change that needs only the record version read. */
    @Schema(name = "VersionOnly")
    public record VersionRequest(@Schema(required = true) int version) implements ApiRequest {
        static VersionRequest read(JsonInput in) {
            return new VersionRequest(requiredVersion(in.integer("version")));
        }
    }

    @Schema(name = "RuleSetFilingRequest")
    public record FilingRequest(@Schema(required = true) int version,
                                @Schema(required = true) LocalDate filingDate) implements ApiRequest {
        static FilingRequest read(JsonInput in) {
            return new FilingRequest(requiredVersion(in.integer("version")), in.date("filingDate", true));
        }
    }

    @Schema(name = "RuleSetInForceRequest")
    public record InForceRequest(@Schema(required = true) int version,
                                 @Schema(required = true) LocalDate effectiveFrom) implements ApiRequest {
        static InForceRequest read(JsonInput in) {
            return new InForceRequest(requiredVersion(in.integer("version")), in.date("effectiveFrom", true));
        }
    }

    /**
     * The document of one rule set, as GET /rules/sets/{code} answers it and PUT takes it: the format the shipped
     * rule sets are kept in, read and written by the engine's own codec (RuleSetJson). Decimals are strings, periods
     * ISO-8601 ({@code P6M}), nullable fields explicit nulls. Described here for the OpenAPI document only.
     */
    @Schema(name = "RuleSetDocument")
    public record Document(@Schema(required = true) String code, @Schema(required = true) String issuer,
                           @Schema(required = true) String title, @Schema(required = true) LocalDate effectiveFrom,
                           @Schema(nullable = true) LocalDate filingDate, @Schema(required = true) RuleSetStatus status,
                           @Schema(required = true) boolean tablesReviewed,
                           @Schema(required = true) List<Tier> lossLevels, @Schema(required = true) List<Row> sanctions,
                           @Schema(required = true) List<Effect> effects, @Schema(required = true) Ban ban,
                           @Schema(required = true) ClawBack clawBack, @Schema(required = true) Articles articles) {

        /** A loss level from an amount and, optionally, a share of the prior year-end assets. */
        @Schema(name = "RuleSetLossLevel")
        public record Tier(@Schema(required = true) LossLevel level,
                           @Schema(required = true, example = "5000000.00") String amountFrom,
                           @Schema(nullable = true, example = "0.01") String shareFrom,
                           @Schema(required = true) String article) {
        }

        /** A row of the sanction matrix. */
        @Schema(name = "RuleSetSanctionRow")
        public record Row(@Schema(required = true) LossLevel level,
                          @Schema(required = true) List<Responsibility> responsibilities,
                          @Schema(required = true) List<Measure> measures,
                          @Schema(nullable = true) Range performanceSalaryPercent,
                          @Schema(nullable = true) Range termIncentivePercent,
                          @Schema(required = true) boolean deferPerformanceSalary,
                          @Schema(required = true) boolean endUnexercisedRights,
                          @Schema(nullable = true) Integer handBackYears,
                          @Schema(nullable = true) Integer incentiveBarYears,
                          @Schema(required = true) boolean incentiveBarPermanent,
                          @Schema(required = true) String article) {
        }

        /** A range of percentages, as decimal strings. */
        @Schema(name = "RuleSetPercentRange")
        public record Range(@Schema(required = true, example = "50") String min,
                            @Schema(required = true, example = "100") String max) {
        }

        /** What a measure restricts, and for how long (null: for good). */
        @Schema(name = "RuleSetEffect")
        public record Effect(@Schema(required = true) Measure measure, @Schema(required = true) RestrictionKind kind,
                             @Schema(nullable = true, example = "P6M") String period,
                             @Schema(required = true) String article) {
        }

        @Schema(name = "RuleSetBan")
        public record Ban(@Schema(required = true) int minimumYears, @Schema(required = true) String article) {
        }

        @Schema(name = "RuleSetClawBack")
        public record ClawBack(@Schema(required = true) int termIncentiveYears,
                               @Schema(required = true) String termIncentiveArticle,
                               @Schema(required = true) String departedStaffArticle,
                               @Schema(required = true) String deductionsNotSummedArticle) {
        }

        @Schema(name = "RuleSetArticles")
        public record Articles(@Schema(required = true) String aggravation,
                               @Schema(required = true) String faultTolerance,
                               @Schema(required = true) String disciplinaryOverlap) {
        }
    }

    static int requiredVersion(Integer version) {
        if (version == null) {
            throw AccountabilityException.invalid("version", "input.required");
        }
        return version;
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
