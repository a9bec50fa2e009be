package com.soegroup.accountability.clue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SupervisionRulesTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            2026-06-01, NONE
            2026-06-26, NONE
            2026-06-27, BEFORE
            2026-06-29, BEFORE
            2026-06-30, AT
            2026-07-01, OVERDUE
            2027-01-01, OVERDUE
            """)
    void remindersFromThreeDaysBeforeOnTheDayAndOnceAfter(LocalDate today, String expected) {
        assertEquals(expected, SupervisionRules.reminderDue(DEADLINE, today).map(Enum::name).orElse("NONE"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-05-01, ,           14, 2026-05-15
            2026-05-01, 2026-05-20, 14, 2026-06-03
            """)
    void progressIsDueAnIntervalAfterTheLastEntryOrTheStart(LocalDate started, LocalDate last, int interval, LocalDate due) {
        assertEquals(due, SupervisionRules.nextProgressDue(started, last, interval));
    }
}
