package com.soegroup.accountability.rule.set;

import com.soegroup.accountability.rule.RuleSetFixtures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The set in force on the day of responsibility determination applies (rules.md preamble). */
class RuleSetsTest {

    @ParameterizedTest(name = "shipped sets on {0} → {1}")
    @CsvSource(nullValues = "-", textBlock = """
            2020-11-19, -
            2020-11-20, YB-SASAC-2020
            2025-12-31, YB-SASAC-2020
            2026-01-01, YB-SASAC-2020
            2030-06-30, YB-SASAC-2020
            """)
    void shippedSetsKeepTheMunicipalSetAsDefault(LocalDate date, String expected) {
        // the central set ships as DRAFT: it is never picked until an administrator puts it in force
        List<RuleSet> shipped = List.of(RuleSetFixtures.yibin(), RuleSetFixtures.central());
        assertEquals(expected, RuleSets.inForceOn(shipped, date).map(RuleSet::code).orElse(null));
    }

    @ParameterizedTest(name = "on {0} → {1}")
    @CsvSource(nullValues = "-", textBlock = """
            2020-11-19, -
            2020-11-20, YB-SASAC-2020
            2023-12-31, YB-SASAC-2020
            2024-01-01, YB-2024
            2025-12-31, YB-2024
            2026-01-01, SASAC-46-2026
            2099-01-01, SASAC-46-2026
            """)
    void latestInForceSetNotAfterTheDateWins(LocalDate date, String expected) {
        List<RuleSet> sets = List.of(
                RuleSetFixtures.withStatus(RuleSetFixtures.central(), "SASAC-46-2026", RuleSetStatus.IN_FORCE,
                        LocalDate.of(2026, 1, 1)),
                RuleSetFixtures.yibin(),
                RuleSetFixtures.withStatus(RuleSetFixtures.yibin(), "YB-2024", RuleSetStatus.IN_FORCE,
                        LocalDate.of(2024, 1, 1)),
                RuleSetFixtures.withStatus(RuleSetFixtures.yibin(), "YB-2025-DRAFT", RuleSetStatus.DRAFT,
                        LocalDate.of(2025, 1, 1)),
                RuleSetFixtures.withStatus(RuleSetFixtures.yibin(), "YB-2023-RETIRED", RuleSetStatus.RETIRED,
                        LocalDate.of(2023, 1, 1)));

        assertEquals(expected, RuleSets.inForceOn(sets, date).map(RuleSet::code).orElse(null));
    }

    @Test
    void twoSetsInForceFromTheSameDayAreADataError() {
        List<RuleSet> sets = List.of(RuleSetFixtures.yibin(),
                RuleSetFixtures.withStatus(RuleSetFixtures.yibin(), "YB-TWIN", RuleSetStatus.IN_FORCE,
                        LocalDate.of(2020, 11, 20)));
        assertThrows(IllegalStateException.class, () -> RuleSets.inForceOn(sets, LocalDate.of(2021, 1, 1)));
    }

    @Test
    void byCode() {
        List<RuleSet> sets = List.of(RuleSetFixtures.yibin(), RuleSetFixtures.central());
        assertEquals(RuleSetFixtures.central(), RuleSets.byCode(sets, "SASAC-46-2026").orElseThrow());
        assertTrue(RuleSets.byCode(sets, "NONE").isEmpty());
    }

    @Test
    void filingASetChangesItsDateAndNothingElse() {
        RuleSet yibin = RuleSetFixtures.yibin();
        RuleSet filed = yibin.filedOn(LocalDate.of(2026, 12, 1));
        assertEquals(LocalDate.of(2026, 12, 1), filed.filingDate());
        assertEquals(yibin.reporting(), filed.reporting(), "the one-event-one-report clocks stay");
        assertEquals(yibin.circumstanceCatalogue(), filed.circumstanceCatalogue(), "the catalogue stays");
        assertTrue(filed.reporting() != null && filed.circumstanceCatalogue() != null);
        assertEquals(yibin.sanctions(), filed.sanctions());
    }
}
