package com.soegroup.accountability.rule.effect;

import com.soegroup.accountability.rule.ApiShape;
import com.soegroup.accountability.rule.RuleInputException;
import com.soegroup.accountability.rule.RuleSetFixtures;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.set.RuleSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rules.md §8 (M§30 第三十条, M§27(3) 第二十七条) and api.md promotion-effects, through the shipped rule sets. */
class PromotionEffectRuleTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<String> kindsAndEnds(List<Restriction> restrictions) {
        return restrictions.stream().map(r -> r.kind() + "@" + r.eligibleFrom()).toList();
    }

    private static List<String> spaced(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }

    @Test
    void apiExampleVerbatim() {
        String response = """
                {"eligibleForPromotion": false, "eligibleForAnyPost": true, "eligibleForSeniorManagement": false,
                 "restrictions": [{"kind": "NO_PROMOTION", "source": "ADMONISHMENT", "from": "2026-01-10", "eligibleFrom": "2026-07-10"},
                                  {"kind": "SOE_BAN", "source": "BAN", "from": "2026-01-10", "eligibleFrom": "2031-01-10"}]}
                """;

        Eligibility e = PromotionEffectRule.evaluate(List.of(
                        MeasureTaken.of(Measure.ADMONISHMENT, day("2026-01-10"), null),
                        MeasureTaken.ban(day("2026-01-10"), 5, null)),
                null, day("2026-05-01"), RuleSetFixtures.yibin());

        assertEquals(ApiShape.parse(response), ApiShape.eligibility(e));
    }

    @ParameterizedTest(name = "{0} from {1} → {2}")
    @CsvSource(textBlock = """
            # measure,                effective,   restrictions (kind@eligibleFrom)
            ADMONISHMENT,             2026-08-31,  NO_PROMOTION@2027-02-28
            ADMONISHMENT,             2026-01-10,  NO_PROMOTION@2026-07-10
            ADMONISHMENT,             2027-08-29,  NO_PROMOTION@2028-02-29
            TRANSFER,                 2026-01-10,  NO_PROMOTION@2027-01-10
            NON_LEADERSHIP_POST,      2024-02-29,  NO_PROMOTION@2025-02-28
            DEMOTION,                 2024-02-29,  NO_PROMOTION@2026-02-28
            DEMOTION,                 2026-12-31,  NO_PROMOTION@2028-12-31
            ORDERED_RESIGNATION,      2026-01-31,  NO_POST@2027-01-31 NO_HIGHER_POST@2028-01-31
            DISMISSAL,                2028-02-29,  NO_POST@2029-02-28 NO_HIGHER_POST@2030-02-28
            CRITICISM_EDUCATION,      2026-01-10,  ''
            WRITTEN_SELF_EXAMINATION, 2026-01-10,  ''
            CIRCULATED_CRITICISM,     2026-01-10,  ''
            SUSPENSION,               2026-01-10,  ''
            """)
    void effectPeriodOfEveryMeasure(Measure measure, LocalDate effective, String expected) {
        for (RuleSet set : List.of(RuleSetFixtures.yibin(), RuleSetFixtures.central())) {
            List<Restriction> restrictions = PromotionEffectRule.restrictionsOf(
                    MeasureTaken.of(measure, effective, "D-1"), set);
            assertEquals(spaced(expected), kindsAndEnds(restrictions), set.code());
            restrictions.forEach(r -> {
                assertEquals(measure, r.source());
                assertEquals(effective, r.from());
                assertEquals("D-1", r.reference());
            });
        }
        PromotionEffectRule.restrictionsOf(MeasureTaken.of(measure, effective, null), RuleSetFixtures.yibin())
                .forEach(r -> assertEquals("第三十条", r.article()));
    }

    @ParameterizedTest(name = "dismissed 2026-03-31, on {0}: promotion {1}, any post {2}, senior {3}")
    @CsvSource(textBlock = """
            2026-03-30, true,  true,  true,  ''
            2026-03-31, false, false, false, NO_POST NO_HIGHER_POST
            2027-03-30, false, false, false, NO_POST NO_HIGHER_POST
            2027-03-31, false, true,  false, NO_HIGHER_POST
            2028-03-30, false, true,  false, NO_HIGHER_POST
            2028-03-31, true,  true,  true,  ''
            """)
    void onlyRestrictionsInForceOnTheDateCount(LocalDate date, boolean promotion, boolean anyPost, boolean senior,
                                               String kinds) {
        Eligibility e = PromotionEffectRule.evaluate(
                List.of(MeasureTaken.of(Measure.DISMISSAL, day("2026-03-31"), "宜国资决〔2026〕3号")),
                null, date, RuleSetFixtures.yibin());

        assertEquals(promotion, e.eligibleForPromotion());
        assertEquals(anyPost, e.eligibleForAnyPost());
        assertEquals(senior, e.eligibleForSeniorManagement());
        assertEquals(spaced(kinds), e.restrictions().stream().map(r -> r.kind().name()).toList());
        e.restrictions().forEach(r -> assertEquals("宜国资决〔2026〕3号", r.reference()));
    }

    @ParameterizedTest(name = "ban of {0} years from 2026-01-10, on {1}: senior {2}")
    @CsvSource(textBlock = """
            5,  2031-01-09, false
            5,  2031-01-10, true
            8,  2033-06-30, false
            8,  2034-01-10, true
            """)
    void banBarsSeniorManagementOnly(int years, LocalDate date, boolean senior) {
        Eligibility e = PromotionEffectRule.evaluate(List.of(MeasureTaken.ban(day("2026-01-10"), years, "B-1")),
                null, date, RuleSetFixtures.yibin());

        assertEquals(senior, e.eligibleForSeniorManagement());
        assertTrue(e.eligibleForPromotion(), "M§30 puts no promotion period on a ban");
        assertTrue(e.eligibleForAnyPost());
    }

    @Test
    void lifeBanNeverEnds() {
        Eligibility e = PromotionEffectRule.evaluate(List.of(MeasureTaken.lifeBan(day("2026-01-10"), "B-2")),
                null, day("2090-12-31"), RuleSetFixtures.yibin());

        assertFalse(e.eligibleForSeniorManagement());
        assertEquals(1, e.restrictions().size());
        Restriction ban = e.restrictions().get(0);
        assertEquals(RestrictionKind.SOE_BAN, ban.kind());
        assertNull(ban.eligibleFrom());
        assertEquals("第二十七条", ban.article());
    }

    @ParameterizedTest(name = "BAN years={0} lifetime={1} on {2} is refused")
    @CsvSource(nullValues = "-", textBlock = """
            4, false, BAN
            0, false, BAN
            -, false, BAN
            5, true,  BAN
            5, false, ADMONISHMENT
            -, true,  DISMISSAL
            """)
    void banTermMustBeFiveYearsOrMoreOrLifetime(Integer years, boolean lifetime, Measure measure) {
        MeasureTaken taken = new MeasureTaken(measure, day("2026-01-10"), years, lifetime, null);
        RuleInputException e = assertThrows(RuleInputException.class,
                () -> PromotionEffectRule.evaluate(List.of(taken), null, day("2026-05-01"), RuleSetFixtures.yibin()));
        assertEquals("banYears", e.field());
        assertEquals(RuleInputException.BAN_TERM, e.bundleKey());
    }

    @ParameterizedTest(name = "a ban of years={0} lifetime={1} may be imposed: {2}")
    @CsvSource(nullValues = "-", textBlock = """
            5,  false, true
            20, false, true
            -,  true,  true
            4,  false, false
            -,  false, false
            5,  true,  false
            """)
    void theTermOfABanIsCheckedBeforeItIsImposed(Integer years, boolean lifetime, boolean allowed) {
        if (allowed) {
            PromotionEffectRule.checkBanTerm(years, lifetime, RuleSetFixtures.yibin());
        } else {
            RuleInputException e = assertThrows(RuleInputException.class,
                    () -> PromotionEffectRule.checkBanTerm(years, lifetime, RuleSetFixtures.yibin()));
            assertEquals(RuleInputException.BAN_TERM, e.bundleKey());
        }
    }

    @Test
    void longerDisciplinaryPeriodGoverns() {
        // admonishment ends 2026-07-10, the disciplinary sanction blocks until 2027-01-10
        List<MeasureTaken> measures = List.of(MeasureTaken.of(Measure.ADMONISHMENT, day("2026-01-10"), "D-1"));

        Eligibility during = PromotionEffectRule.evaluate(measures, day("2027-01-10"), day("2026-09-01"),
                RuleSetFixtures.yibin());
        assertFalse(during.eligibleForPromotion());
        assertFalse(during.eligibleForSeniorManagement());
        assertTrue(during.eligibleForAnyPost());
        assertEquals(1, during.restrictions().size());
        Restriction disciplinary = during.restrictions().get(0);
        assertEquals(new Restriction(RestrictionKind.DISCIPLINARY, null, null, day("2027-01-10"), null, "第三十条"),
                disciplinary);

        Eligibility after = PromotionEffectRule.evaluate(measures, day("2027-01-10"), day("2027-01-10"),
                RuleSetFixtures.yibin());
        assertTrue(after.eligibleForPromotion());
        assertTrue(after.restrictions().isEmpty());
    }

    @Test
    void shorterDisciplinaryPeriodChangesNothingOnceOver() {
        List<MeasureTaken> measures = List.of(MeasureTaken.of(Measure.DEMOTION, day("2026-01-10"), "D-2"));

        Eligibility both = PromotionEffectRule.evaluate(measures, day("2026-07-10"), day("2026-02-01"),
                RuleSetFixtures.yibin());
        assertEquals(List.of("NO_PROMOTION@2028-01-10", "DISCIPLINARY@2026-07-10"), kindsAndEnds(both.restrictions()));

        Eligibility demotionOnly = PromotionEffectRule.evaluate(measures, day("2026-07-10"), day("2026-08-01"),
                RuleSetFixtures.yibin());
        assertEquals(List.of("NO_PROMOTION@2028-01-10"), kindsAndEnds(demotionOnly.restrictions()));
        assertFalse(demotionOnly.eligibleForPromotion());
    }

    @Test
    void restrictionsFromSeveralDecisionsCombine() {
        RuleSet yibin = RuleSetFixtures.yibin();
        List<Restriction> all = new ArrayList<>();
        all.addAll(PromotionEffectRule.restrictionsOf(MeasureTaken.of(Measure.TRANSFER, day("2025-06-01"), "A-1"), yibin));
        all.addAll(PromotionEffectRule.restrictionsOf(MeasureTaken.ban(day("2026-01-01"), 5, "A-2"), yibin));
        all.addAll(PromotionEffectRule.restrictionsOf(
                MeasureTaken.of(Measure.SUSPENSION, day("2026-01-01"), "A-3"), yibin));

        Eligibility e = PromotionEffectRule.eligibility(all, null, "第三十条", day("2026-05-01"));

        assertEquals(List.of("A-1", "A-2"), e.restrictions().stream().map(Restriction::reference).toList());
        assertFalse(e.eligibleForPromotion());
        assertTrue(e.eligibleForAnyPost());
        assertFalse(e.eligibleForSeniorManagement());
    }

    @Test
    void aDecisionNotYetInEffectRestrictsNothingYet() {
        Eligibility e = PromotionEffectRule.evaluate(
                List.of(MeasureTaken.of(Measure.ORDERED_RESIGNATION, day("2026-06-01"), null)),
                null, day("2026-05-31"), RuleSetFixtures.yibin());
        assertTrue(e.eligibleForPromotion());
        assertTrue(e.eligibleForAnyPost());
        assertTrue(e.eligibleForSeniorManagement());
        assertTrue(e.restrictions().isEmpty());
    }
}
