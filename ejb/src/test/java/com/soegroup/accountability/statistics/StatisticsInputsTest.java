package com.soegroup.accountability.statistics;

import com.soegroup.accountability.shared.AccountabilityException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StatisticsInputsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void withoutAPeriodTheFiguresAreOfTheYearSoFar() {
        StatisticsFilter f = StatisticsInputs.complete(new StatisticsFilter(null, null, " "), TODAY);
        assertEquals(LocalDate.of(2026, 1, 1), f.from());
        assertEquals(TODAY, f.to());
        assertNull(f.enterprise(), "a blank enterprise is the caller's own");
        StatisticsFilter lastYear = StatisticsInputs.complete(new StatisticsFilter(null, LocalDate.of(2025, 6, 30), "YBJS"), TODAY);
        assertEquals(LocalDate.of(2025, 1, 1), lastYear.from(), "the year of the last day asked for");
        assertEquals("YBJS", lastYear.enterprise());
    }

    @Test
    void aPeriodRunningBackwardsOrLongerThanThirtySixMonthsIsRefusedNamingItsField() {
        AccountabilityException backwards = assertThrows(AccountabilityException.class, () -> StatisticsInputs.complete(
                new StatisticsFilter(TODAY, TODAY.minusDays(1), null), TODAY));
        assertEquals("from", backwards.field());
        assertEquals("statistics.period.order", backwards.messageKey());
        AccountabilityException tooLong = assertThrows(AccountabilityException.class, () -> StatisticsInputs.complete(
                new StatisticsFilter(LocalDate.of(2023, 12, 1), TODAY, null), TODAY));
        assertEquals("to", tooLong.field());
        StatisticsInputs.complete(new StatisticsFilter(LocalDate.of(2024, 1, 1), TODAY, null), TODAY);
    }

    @Test
    void aListTakesOnlyTheFiltersAFigureNamesWithTheirCodes() {
        assertEquals(Map.of("kind", "LATE", "measure", "DEMOTION", "postLevel", "中层正职"),
                StatisticsInputs.checked(Map.of("kind", "LATE", "measure", "DEMOTION", "postLevel", "中层正职")));
        assertEquals(Map.of("level", "NONE"), StatisticsInputs.checked(Map.of("level", "NONE")));
        assertEquals("kind", assertThrows(AccountabilityException.class,
                () -> StatisticsInputs.checked(Map.of("kind", "SOMETIMES"))).field());
        assertEquals("outcome", assertThrows(AccountabilityException.class,
                () -> StatisticsInputs.checked(Map.of("outcome", "standard"))).field());
        assertEquals("sql", assertThrows(AccountabilityException.class,
                () -> StatisticsInputs.checked(Map.of("sql", "1=1"))).field());
    }
}
