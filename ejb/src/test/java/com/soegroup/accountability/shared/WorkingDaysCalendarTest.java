package com.soegroup.accountability.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Counting with the 2026 arrangements (国办发明电〔2025〕7号): holidays skipped, weekend days worked counted. */
class WorkingDaysCalendarTest {

    private static final WorkingDays DAYS = new WorkingDays(WorkingDaysCalendarTest::year);

    private static HolidayYear year(int year) {
        if (year != 2026) {
            return HolidayYear.notKept(year);
        }
        Map<LocalDate, Boolean> days = new HashMap<>();
        holidays(days, "2026-01-01", "2026-01-03");
        holidays(days, "2026-02-15", "2026-02-23");
        holidays(days, "2026-10-01", "2026-10-07");
        for (String worked : new String[]{"2026-01-04", "2026-02-14", "2026-02-28", "2026-09-20", "2026-10-10"}) {
            days.put(LocalDate.parse(worked), true);
        }
        return new HolidayYear(2026, true, days);
    }

    private static void holidays(Map<LocalDate, Boolean> days, String first, String last) {
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
            days.put(d, false);
        }
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // Friday before the Spring Festival: the Saturday worked (2/14) counts, the nine days off do not
            "2026-02-13, 1, 2026-02-14",
            "2026-02-13, 2, 2026-02-24",
            "2026-02-13, 5, 2026-02-27",
            "2026-02-13, 6, 2026-02-28",
            "2026-02-13, 7, 2026-03-02",
            // starting on a holiday: the first working day after it
            "2026-02-16, 0, 2026-02-24",
            "2026-01-01, 0, 2026-01-04",
            // the National Day week, with 9/20 (Sunday) and 10/10 (Saturday) worked
            "2026-09-18, 1, 2026-09-20",
            "2026-09-30, 1, 2026-10-08",
            "2026-10-09, 1, 2026-10-10",
            // a year nobody kept counts Monday to Friday
            "2027-02-05, 1, 2027-02-08",
            // across the turn of the year: 2025-12-31 is counted Monday to Friday, 2026-01-01..03 are off
            "2025-12-31, 1, 2026-01-04",
    })
    void plusWorkingDays(LocalDate from, int days, LocalDate expected) {
        assertEquals(expected, DAYS.plusWorkingDays(from, days));
    }

    @ParameterizedTest(name = "working days from {0} to {1} = {2}")
    @CsvSource({
            "2026-02-13, 2026-02-24, 2",
            "2026-02-24, 2026-02-13, -2",
            "2026-09-30, 2026-10-10, 3",
            "2026-02-14, 2026-03-02, 6",
    })
    void between(LocalDate from, LocalDate to, int expected) {
        assertEquals(expected, DAYS.between(from, to));
    }

    @ParameterizedTest(name = "{0} - {1} working days = {2}")
    @CsvSource({
            "2026-02-24, 1, 2026-02-14",
            "2026-10-08, 2, 2026-09-29",
    })
    void minusWorkingDays(LocalDate to, int days, LocalDate expected) {
        assertEquals(expected, DAYS.minusWorkingDays(to, days));
    }
}
