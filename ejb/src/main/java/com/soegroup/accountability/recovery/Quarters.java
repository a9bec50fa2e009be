package com.soegroup.accountability.recovery;

import com.soegroup.accountability.shared.WorkingDays;

import java.time.LocalDate;

/** The quarters the follow-up of an outstanding balance counts in. */
final class Quarters {

    private Quarters() {
    }

    static LocalDate start(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    /** The last working day of the quarter after the one of {@code lastDone}: when the next follow-up is due. */
    static LocalDate followUpDue(LocalDate lastDone, WorkingDays workingDays) {
        return workingDays.minusWorkingDays(start(lastDone).plusMonths(6), 1);
    }
}
