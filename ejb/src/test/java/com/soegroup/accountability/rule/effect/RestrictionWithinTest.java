package com.soegroup.accountability.rule.effect;

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
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * rules.md §8 for decisions as they were served and appealed: a restriction counts from the decision's period
 * start, applies from the day it was served, and stops on the day an appeal changed or revoked it.
 */
class RestrictionWithinTest {

    private static final RuleSet SET = RuleSetFixtures.yibin();

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** Every restriction of one decision, as the effect service builds it from a decision row. */
    private static List<Restriction> ofDecision(Measure measure, String ban, LocalDate periodStart, LocalDate servedOn,
                                                LocalDate endedOn, String decisionNo) {
        MeasureTaken taken = switch (ban) {
            case "-" -> MeasureTaken.of(measure, periodStart, decisionNo);
            case "life" -> MeasureTaken.lifeBan(periodStart, decisionNo);
            default -> MeasureTaken.ban(periodStart, Integer.parseInt(ban), decisionNo);
        };
        List<Restriction> clipped = new ArrayList<>();
        PromotionEffectRule.restrictionsOf(taken, SET).forEach(r -> r.within(servedOn, endedOn).ifPresent(clipped::add));
        return clipped;
    }

    private static String spans(List<Restriction> restrictions) {
        return String.join(" ", restrictions.stream()
                .map(r -> r.kind() + "@" + r.from() + ".." + (r.eligibleFrom() == null ? "life" : r.eligibleFrom())).toList());
    }

    @ParameterizedTest(name = "{0} ban={1} from {2}, served {3}, ended {4} → {5}")
    @CsvSource(nullValues = "null", textBlock = """
            # measure,           ban,  period start, served on,  ended on,   restrictions (kind@from..eligibleFrom)
            # month-end: 2026-08-31 + 6 months is the last day of February
            ADMONISHMENT,        -,    2026-08-31,   2026-08-31, null,       NO_PROMOTION@2026-08-31..2027-02-28
            # leap day: 2028-02-29 + 1 year is 2029-02-28
            NON_LEADERSHIP_POST, -,    2028-02-29,   2028-02-29, null,       NO_PROMOTION@2028-02-29..2029-02-28
            TRANSFER,            -,    2028-02-29,   2028-02-29, null,       NO_PROMOTION@2028-02-29..2029-02-28
            DEMOTION,            -,    2028-02-29,   2028-02-29, null,       NO_PROMOTION@2028-02-29..2030-02-28
            DISMISSAL,           -,    2028-02-29,   2028-02-29, null,       NO_POST@2028-02-29..2029-02-28 NO_HIGHER_POST@2028-02-29..2030-02-28
            BAN,                 5,    2026-01-10,   2026-01-10, null,       SOE_BAN@2026-01-10..2031-01-10
            # a life ban never ends, unless an appeal ends it
            BAN,                 life, 2026-01-10,   2026-01-10, null,       SOE_BAN@2026-01-10..life
            BAN,                 life, 2026-01-10,   2026-01-10, 2027-03-01, SOE_BAN@2026-01-10..2027-03-01
            # the original of an appeal (降职 changed on 2026-05-01): its history stays, it stops that day
            DEMOTION,            -,    2026-01-10,   2026-01-10, 2026-05-01, NO_PROMOTION@2026-01-10..2026-05-01
            # its replacement (诫勉): counted from the original's start, applied from the appeal's result date
            ADMONISHMENT,        -,    2026-01-10,   2026-05-01, null,       NO_PROMOTION@2026-05-01..2026-07-10
            # a replacement whose period had already run out when the appeal was decided restricts nothing
            ADMONISHMENT,        -,    2026-01-10,   2026-09-01, null,       ''
            # revoked on the day it was served: nothing applied
            DEMOTION,            -,    2026-01-10,   2026-01-10, 2026-01-10, ''
            ORDERED_RESIGNATION, -,    2026-01-31,   2026-01-31, 2026-06-01, NO_POST@2026-01-31..2026-06-01 NO_HIGHER_POST@2026-01-31..2026-06-01
            ORDERED_RESIGNATION, -,    2026-01-31,   2026-01-31, 2027-06-01, NO_POST@2026-01-31..2027-01-31 NO_HIGHER_POST@2026-01-31..2027-06-01
            SUSPENSION,          -,    2026-01-10,   2026-01-10, null,       ''
            """)
    void aDecisionAppliesFromServingUntilItsAppealEnds(Measure measure, String ban, LocalDate periodStart,
                                                       LocalDate servedOn, LocalDate endedOn, String expected) {
        List<Restriction> restrictions = ofDecision(measure, ban, periodStart, servedOn, endedOn, "D-1");

        assertEquals(expected == null ? "" : expected, spans(restrictions));
        restrictions.forEach(r -> assertEquals("D-1", r.reference()));
    }

    @Test
    void aDisciplinaryPeriodHasNoStartOfItsOwnAndTakesTheServingDate() {
        Restriction disciplinary = new Restriction(RestrictionKind.DISCIPLINARY, null, null, day("2027-01-01"), "D-9", "第三十条");

        assertEquals(day("2026-03-01"), disciplinary.within(day("2026-03-01"), null).orElseThrow().from());
        assertThrows(RuntimeException.class, () -> disciplinary.within(null, null));
    }

    @ParameterizedTest(name = "降职 2026-01-10 and 调离 2027-06-01, on {0}: promotion {1}, by {2}")
    @CsvSource(textBlock = """
            2026-01-09, true,  ''
            2026-01-10, false, D-1
            2027-06-01, false, D-1 D-2
            2028-01-09, false, D-1 D-2
            2028-01-10, false, D-2
            2028-05-31, false, D-2
            2028-06-01, true,  ''
            """)
    void twoOverlappingDecisionsTheLaterEndWins(LocalDate date, boolean promotion, String decisions) {
        List<Restriction> all = new ArrayList<>();
        all.addAll(ofDecision(Measure.DEMOTION, "-", day("2026-01-10"), day("2026-01-10"), null, "D-1"));
        all.addAll(ofDecision(Measure.TRANSFER, "-", day("2027-06-01"), day("2027-06-01"), null, "D-2"));

        Eligibility e = PromotionEffectRule.eligibility(all, null, null, date);

        assertEquals(promotion, e.eligibleForPromotion());
        assertEquals(words(decisions), e.restrictions().stream().map(Restriction::reference).toList());
    }

    @ParameterizedTest(name = "降职 2026-01-10 changed into 诫勉 on 2026-05-01, on {0}: promotion {1}, by {2}")
    @CsvSource(textBlock = """
            2026-03-01, false, D-1@2026-05-01
            2026-04-30, false, D-1@2026-05-01
            2026-05-01, false, D-2@2026-07-10
            2026-07-09, false, D-2@2026-07-10
            2026-07-10, true,  ''
            2027-06-01, true,  ''
            """)
    void anAppealThatChangesADemotionIntoAnAdmonishmentShortensTheRestrictionFromTheAppealDate(
            LocalDate date, boolean promotion, String restrictions) {
        List<Restriction> all = new ArrayList<>();
        all.addAll(ofDecision(Measure.DEMOTION, "-", day("2026-01-10"), day("2026-01-10"), day("2026-05-01"), "D-1"));
        all.addAll(ofDecision(Measure.ADMONISHMENT, "-", day("2026-01-10"), day("2026-05-01"), null, "D-2"));

        Eligibility e = PromotionEffectRule.eligibility(all, null, null, date);

        assertEquals(promotion, e.eligibleForPromotion());
        assertEquals(words(restrictions), e.restrictions().stream().map(r -> r.reference() + "@" + r.eligibleFrom()).toList());
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }
}
