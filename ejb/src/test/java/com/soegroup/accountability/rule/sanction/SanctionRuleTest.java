package com.soegroup.accountability.rule.sanction;

import com.soegroup.accountability.rule.ApiShape;
import com.soegroup.accountability.rule.RuleInputException;
import com.soegroup.accountability.rule.RuleSetFixtures;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.set.RuleSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rules.md §5 (M§28 第二十八条), §6 (M§31 第三十一条) and §7 (M§32 第三十二条) through the shipped rule sets. */
class SanctionRuleTest {

    private static final Set<Aggravating> NO_AGGRAVATION = Set.of();
    private static final Set<Exclusion> NO_EXCLUSION = Set.of();
    private static final Set<MitigatingCondition> NO_CONDITION = Set.of();

    private static <E extends Enum<E>> Set<E> codes(String spaced, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (spaced != null && !spaced.isBlank()) {
            Arrays.stream(spaced.trim().split("\\s+")).map(name -> Enum.valueOf(type, name)).forEach(set::add);
        }
        return set;
    }

    private static <E extends Enum<E>> List<E> ordered(String spaced, Class<E> type) {
        return spaced == null || spaced.isBlank() ? List.of()
                : Arrays.stream(spaced.trim().split("\\s+")).map(name -> Enum.valueOf(type, name)).toList();
    }

    private static PercentRange range(String min, String max) {
        return min == null ? null : PercentRange.of(min, max);
    }

    private static Recommendation plain(LossLevel level, Responsibility responsibility, RuleSet set) {
        return SanctionRule.recommend(level, responsibility, NO_AGGRAVATION, NO_EXCLUSION, NO_CONDITION, set);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(nullValues = "-", textBlock = """
            # level, who,      measures,                                                                       perf,      term,     defer, end,  back, bar, permanent
            GENERAL, DIRECT,      CRITICISM_EDUCATION WRITTEN_SELF_EXAMINATION CIRCULATED_CRITICISM ADMONISHMENT, 0,  49.99, -,  -,  false, false, -, -, false
            GENERAL, SUPERVISORY, CRITICISM_EDUCATION WRITTEN_SELF_EXAMINATION CIRCULATED_CRITICISM ADMONISHMENT, 0,  49.99, -,  -,  false, false, -, -, false
            GENERAL, LEADERSHIP,  '',                                                                             -,  -,     -,  -,  false, false, -, -, false
            LARGER,  DIRECT,      CIRCULATED_CRITICISM ADMONISHMENT SUSPENSION TRANSFER DEMOTION,                 50, 100,   50, 100, true, true,  2, 5, false
            LARGER,  SUPERVISORY, CIRCULATED_CRITICISM ADMONISHMENT SUSPENSION TRANSFER DEMOTION,                 50, 100,   50, 100, true, true,  2, 5, false
            LARGER,  LEADERSHIP,  CIRCULATED_CRITICISM ADMONISHMENT SUSPENSION TRANSFER,                          30, 70,    30, 70,  true, true,  -, 3, false
            MAJOR,   DIRECT,      DEMOTION NON_LEADERSHIP_POST ORDERED_RESIGNATION DISMISSAL BAN,                 100, 100,  100, 100, true, true, 3, -, true
            MAJOR,   SUPERVISORY, DEMOTION NON_LEADERSHIP_POST ORDERED_RESIGNATION DISMISSAL BAN,                 100, 100,  100, 100, true, true, 3, -, true
            MAJOR,   LEADERSHIP,  TRANSFER DEMOTION NON_LEADERSHIP_POST ORDERED_RESIGNATION DISMISSAL BAN,        70, 100,   70, 100, true, true,  3, 5, false
            """)
    void everyRowOfTheMatrixInBothSets(LossLevel level, Responsibility who, String measures, String perfMin,
                                       String perfMax, String termMin, String termMax, boolean defer,
                                       boolean endRights, Integer handBack, Integer bar, boolean permanent) {
        for (RuleSet set : List.of(RuleSetFixtures.yibin(), RuleSetFixtures.central())) {
            Recommendation r = plain(level, who, set);

            assertEquals(ordered(measures, Measure.class), r.measures(), set.code());
            assertEquals(range(perfMin, perfMax), r.performanceSalaryPercent(), set.code());
            assertEquals(range(termMin, termMax), r.termIncentivePercent(), set.code());
            assertEquals(defer, r.deferPerformanceSalary(), set.code());
            assertEquals(endRights, r.endUnexercisedRights(), set.code());
            assertEquals(handBack, r.handBackYears(), set.code());
            assertEquals(bar, r.incentiveBarYears(), set.code());
            assertEquals(permanent, r.incentiveBarPermanent(), set.code());
            assertEquals(List.of(Outcome.STANDARD), r.outcomes());
            assertTrue(r.faultToleranceAllowed());
            assertNull(r.heavier());
            assertNull(r.escalated());
            assertNull(r.lighter());
            assertEquals(set.code(), r.ruleSetCode());
        }
        assertEquals(List.of("第二十八条"), plain(level, who, RuleSetFixtures.yibin()).articles());
    }

    @Test
    void generalDirectPerformanceSalaryStopsBelowFiftyBecauseYiXiaExcludes() {
        PercentRange range = plain(LossLevel.GENERAL, Responsibility.DIRECT, RuleSetFixtures.yibin())
                .performanceSalaryPercent();
        assertTrue(range.contains(new BigDecimal("49.99")));
        assertFalse(range.contains(new BigDecimal("50")));
    }

    @Test
    void apiExampleVerbatim() {
        String response = """
                {"measures": ["CIRCULATED_CRITICISM", "ADMONISHMENT", "SUSPENSION", "TRANSFER", "DEMOTION"],
                 "performanceSalaryPercent": {"min": 50, "max": 100}, "termIncentivePercent": {"min": 50, "max": 100},
                 "deferPerformanceSalary": true, "endUnexercisedRights": true, "handBackYears": 2,
                 "incentiveBarYears": 5, "incentiveBarPermanent": false,
                 "faultToleranceAllowed": true, "outcomes": ["STANDARD"]}
                """;

        Recommendation r = plain(LossLevel.LARGER, Responsibility.DIRECT, RuleSetFixtures.yibin());

        assertEquals(ApiShape.parse(response), ApiShape.recommendation(r));
    }

    @Test
    void apiGeneralRangeVerbatim() {
        Recommendation r = plain(LossLevel.GENERAL, Responsibility.SUPERVISORY, RuleSetFixtures.yibin());
        assertEquals(ApiShape.parse("""
                {"min": 0, "max": 49.99}"""), ApiShape.recommendation(r).getJsonObject("performanceSalaryPercent"));
    }

    @ParameterizedTest(name = "aggravating [{0}] exclusions [{1}] conditions [{2}] → {3}")
    @CsvSource(textBlock = """
            # aggravating,               exclusions,                  conditions,                          outcomes,                                           fault tolerance
            '',                          '',                          '',                                  STANDARD,                                           true
            CONCEALED,                   '',                          '',                                  HEAVIER ESCALATED,                                  true
            CONCEALED FAILED_TO_CONTAIN, '',                          '',                                  HEAVIER ESCALATED,                                  true
            '',                          INTENT,                      '',                                  STANDARD,                                           false
            '',                          '',                          MINOR,                               STANDARD LIGHTER MITIGATED EXEMPTED,                true
            '',                          '',                          RECOVERED_LOSS OTHER_MITIGATING,     STANDARD LIGHTER MITIGATED EXEMPTED,                true
            '',                          INTENT,                      MINOR,                               STANDARD,                                           false
            '',                          ARBITRARY IMPROPER_GAIN,     RECOVERED_LOSS EMERGENCY_RATIFIED,   STANDARD,                                           false
            FREQUENT_OR_SEVERE,          '',                          SELF_REPORTED_OR_COOPERATED,         STANDARD HEAVIER ESCALATED LIGHTER MITIGATED EXEMPTED, true
            FOUND_BY_EXTERNAL_SUPERVISION, DEFIED_ORDERS,             PUBLIC_PURPOSE_NO_GAIN,              HEAVIER ESCALATED,                                  false
            OTHER_AGGRAVATING,           DEFIED_PROHIBITIONS,         '',                                  HEAVIER ESCALATED,                                  false
            """)
    void aggravationAndFaultTolerance(String aggravating, String exclusions, String conditions, String outcomes,
                                      boolean faultToleranceAllowed) {
        for (LossLevel level : LossLevel.values()) {
            for (Responsibility who : Responsibility.values()) {
                Recommendation r = SanctionRule.recommend(level, who, codes(aggravating, Aggravating.class),
                        codes(exclusions, Exclusion.class), codes(conditions, MitigatingCondition.class),
                        RuleSetFixtures.yibin());

                assertEquals(ordered(outcomes, Outcome.class), r.outcomes(), level + " " + who);
                assertEquals(faultToleranceAllowed, r.faultToleranceAllowed());
                assertEquals(r.outcomes().contains(Outcome.HEAVIER), r.heavier() != null);
                assertEquals(r.outcomes().contains(Outcome.LIGHTER), r.lighter() != null);
                // the standard row never changes: the options sit beside it
                assertEquals(RuleSetFixtures.yibin().sanctionRow(level, who), r.standard());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Aggravating.class)
    void everyAggravatingCircumstanceOpensBothHeavierOptions(Aggravating circumstance) {
        Recommendation r = SanctionRule.recommend(LossLevel.LARGER, Responsibility.LEADERSHIP, Set.of(circumstance),
                NO_EXCLUSION, NO_CONDITION, RuleSetFixtures.yibin());
        assertEquals(List.of(Outcome.HEAVIER, Outcome.ESCALATED), r.outcomes());
        assertEquals(List.of("第二十八条", "第三十一条"), r.articles());
    }

    @ParameterizedTest
    @EnumSource(Exclusion.class)
    void everyExclusionShutsEveryCondition(Exclusion exclusion) {
        Recommendation r = SanctionRule.recommend(LossLevel.GENERAL, Responsibility.DIRECT, NO_AGGRAVATION,
                Set.of(exclusion), EnumSet.allOf(MitigatingCondition.class), RuleSetFixtures.yibin());
        assertEquals(List.of(Outcome.STANDARD), r.outcomes());
        assertFalse(r.faultToleranceAllowed());
        assertNull(r.lighter());
        assertEquals(List.of("第二十八条", "第三十二条"), r.articles());
    }

    @ParameterizedTest
    @EnumSource(MitigatingCondition.class)
    void everyConditionAloneOpensMitigation(MitigatingCondition condition) {
        Recommendation r = SanctionRule.recommend(LossLevel.MAJOR, Responsibility.DIRECT, NO_AGGRAVATION,
                NO_EXCLUSION, Set.of(condition), RuleSetFixtures.yibin());
        assertEquals(List.of(Outcome.STANDARD, Outcome.LIGHTER, Outcome.MITIGATED, Outcome.EXEMPTED), r.outcomes());
        assertTrue(r.faultToleranceAllowed());
    }

    @ParameterizedTest(name = "{0} {1}: 从重 perf {2}, 加重 → {3}")
    @CsvSource(nullValues = "-", textBlock = """
            # level, who,          heavy perf, escalated to (level), escalated perf min-max, escalated measures
            GENERAL, DIRECT,       49.99,      LARGER,  50,  100, CIRCULATED_CRITICISM ADMONISHMENT SUSPENSION TRANSFER DEMOTION
            GENERAL, LEADERSHIP,   -,          LARGER,  30,  70,  CIRCULATED_CRITICISM ADMONISHMENT SUSPENSION TRANSFER
            LARGER,  SUPERVISORY,  100,        MAJOR,   100, 100, DEMOTION NON_LEADERSHIP_POST ORDERED_RESIGNATION DISMISSAL BAN
            LARGER,  LEADERSHIP,   70,         MAJOR,   70,  100, TRANSFER DEMOTION NON_LEADERSHIP_POST ORDERED_RESIGNATION DISMISSAL BAN
            MAJOR,   DIRECT,       100,        -,       -,   -,   -
            MAJOR,   LEADERSHIP,   100,        -,       -,   -,   -
            """)
    void heavierIsTheHeavyEndAndEscalatedIsTheNextLevelsRow(LossLevel level, Responsibility who, String heavyPerf,
                                                           LossLevel escalatedLevel, String escMin, String escMax,
                                                           String escMeasures) {
        Recommendation r = SanctionRule.recommend(level, who, Set.of(Aggravating.CONCEALED), NO_EXCLUSION,
                NO_CONDITION, RuleSetFixtures.yibin());

        assertEquals(range(heavyPerf, heavyPerf), r.heavier().performanceSalaryPercent());
        assertEquals(r.standard().measures(), r.heavier().measures());
        if (r.termIncentivePercent() != null) {
            assertEquals(r.termIncentivePercent().heavyEnd(), r.heavier().termIncentivePercent());
        }
        if (escalatedLevel == null) {
            assertNull(r.escalated(), "nothing above MAJOR in the matrix");
        } else {
            assertNotNull(r.escalated());
            assertEquals(escalatedLevel, r.escalated().level());
            assertTrue(r.escalated().responsibilities().contains(who));
            assertEquals(range(escMin, escMax), r.escalated().performanceSalaryPercent());
            assertEquals(ordered(escMeasures, Measure.class), r.escalated().measures());
        }
    }

    @Test
    void lighterIsTheLightEnd() {
        Recommendation r = SanctionRule.recommend(LossLevel.LARGER, Responsibility.LEADERSHIP, NO_AGGRAVATION,
                NO_EXCLUSION, Set.of(MitigatingCondition.RECOVERED_LOSS), RuleSetFixtures.yibin());
        assertEquals(PercentRange.of("30", "30"), r.lighter().performanceSalaryPercent());
        assertEquals(PercentRange.of("30", "30"), r.lighter().termIncentivePercent());
        assertEquals(List.of("第二十八条", "第三十二条"), r.articles());
    }

    @Test
    void allCircumstancesCiteAllArticles() {
        Recommendation r = SanctionRule.recommend(LossLevel.MAJOR, Responsibility.LEADERSHIP,
                Set.of(Aggravating.CONCEALED), NO_EXCLUSION, Set.of(MitigatingCondition.MINOR), RuleSetFixtures.yibin());
        assertEquals(List.of("第二十八条", "第三十一条", "第三十二条"), r.articles());
    }

    @Test
    void aLevelMissingFromTheSetEscalatesToTheNextOneGraded() {
        RuleSet yibin = RuleSetFixtures.yibin();
        RuleSet twoLevels = new RuleSet("TWO", yibin.issuer(), yibin.title(), yibin.effectiveFrom(), null,
                yibin.status(), true, List.of(yibin.tier(LossLevel.GENERAL), yibin.tier(LossLevel.MAJOR)),
                yibin.sanctions().stream().filter(row -> row.level() != LossLevel.LARGER).toList(),
                yibin.effects(), yibin.ban(), yibin.clawBack(), yibin.articles());

        Recommendation r = SanctionRule.recommend(LossLevel.GENERAL, Responsibility.DIRECT,
                Set.of(Aggravating.OTHER_AGGRAVATING), NO_EXCLUSION, NO_CONDITION, twoLevels);

        assertEquals(LossLevel.MAJOR, r.escalated().level());
    }

    @Test
    void rejectsMissingInput() {
        RuleSet set = RuleSetFixtures.yibin();
        Function<Runnable, String> field = call -> assertThrows(RuleInputException.class, call::run).field();
        assertEquals("level", field.apply(() -> plain(null, Responsibility.DIRECT, set)));
        assertEquals("responsibility", field.apply(() -> plain(LossLevel.MAJOR, null, set)));
        assertEquals("conditions", field.apply(() -> SanctionRule.recommend(LossLevel.MAJOR, Responsibility.DIRECT,
                NO_AGGRAVATION, NO_EXCLUSION, null, set)));
    }
}
