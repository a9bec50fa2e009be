package com.soegroup.accountability.rectification;

import com.soegroup.accountability.shared.WorkingDays;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RectificationRulesTest {

    private static final WorkingDays DAYS = new WorkingDays();
    /** A Friday: the weekend after it is no working day. */
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

    @Test
    void remindsFromTheConfiguredWorkingDaysAheadNotCalendarDays() {
        LocalDate deadline = LocalDate.of(2026, 12, 11);
        // Friday to the next Friday: five working days, seven calendar days
        assertEquals(Optional.of(RectificationReminder.Kind.BEFORE), RectificationRules.reminderDue(deadline, FRIDAY, 5, DAYS));
        assertEquals(Optional.empty(), RectificationRules.reminderDue(deadline, FRIDAY, 4, DAYS));
        assertEquals(Optional.empty(), RectificationRules.reminderDue(deadline, FRIDAY.minusDays(1), 5, DAYS), "six working days ahead");
    }

    @Test
    void onTheDayAndAfterIt() {
        assertEquals(Optional.of(RectificationReminder.Kind.AT), RectificationRules.reminderDue(FRIDAY, FRIDAY, 5, DAYS));
        assertEquals(Optional.of(RectificationReminder.Kind.OVERDUE), RectificationRules.reminderDue(FRIDAY, FRIDAY.plusDays(1), 5, DAYS));
    }
}
