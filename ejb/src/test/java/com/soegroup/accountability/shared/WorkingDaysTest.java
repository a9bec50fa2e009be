package com.soegroup.accountability.shared;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingDaysTest {

    private final WorkingDays days = new WorkingDays();

    // 2026-12-04 is a Friday.
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

    @Test
    void weekendsAreNotWorkingDaysWithoutACalendar() {
        assertTrue(days.isWorkingDay(FRIDAY));
        assertFalse(days.isWorkingDay(FRIDAY.plusDays(1)));
        assertFalse(days.isWorkingDay(FRIDAY.plusDays(2)));
    }

    @Test
    void countingForwardSkipsTheWeekend() {
        assertEquals(FRIDAY, days.plusWorkingDays(FRIDAY, 0));
        assertEquals(LocalDate.of(2026, 12, 7), days.plusWorkingDays(FRIDAY, 1));
        assertEquals(LocalDate.of(2026, 12, 11), days.plusWorkingDays(FRIDAY, 5));
        assertEquals(LocalDate.of(2026, 12, 7), days.plusWorkingDays(FRIDAY.plusDays(1), 0), "a Saturday start moves to Monday");
    }

    @Test
    void countingBackSkipsTheWeekend() {
        assertEquals(FRIDAY, days.minusWorkingDays(LocalDate.of(2026, 12, 7), 1));
        assertEquals(LocalDate.of(2026, 11, 30), days.minusWorkingDays(FRIDAY, 4));
    }

    @Test
    void daysBetweenCountWorkingDaysOnlyAndKeepTheirSign() {
        assertEquals(1, days.between(FRIDAY, LocalDate.of(2026, 12, 7)));
        assertEquals(0, days.between(FRIDAY, FRIDAY.plusDays(2)));
        assertEquals(-5, days.between(LocalDate.of(2026, 12, 11), FRIDAY));
    }
}
