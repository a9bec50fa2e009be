package com.soegroup.accountability.statistics;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which days of a period the kept month counts answer and which the records must: every day once, no day twice. */
class PeriodSplitTest {

    @ParameterizedTest(name = "{0} … {1}: months {2}, days {3}")
    @CsvSource(delimiter = ';', value = {
            // from; to; whole months (first … last day); days read from the records
            "2023-01-01; 2025-12-31; 2023-01-01…2025-12-31; ",
            "2023-01-15; 2023-06-20; 2023-02-01…2023-05-31; 2023-01-15…2023-01-31 2023-06-01…2023-06-20",
            "2023-01-01; 2023-06-20; 2023-01-01…2023-05-31; 2023-06-01…2023-06-20",
            "2023-01-15; 2023-06-30; 2023-02-01…2023-06-30; 2023-01-15…2023-01-31",
            "2023-03-01; 2023-03-31; 2023-03-01…2023-03-31; ",
            "2023-03-02; 2023-03-30; ; 2023-03-02…2023-03-30",
            "2023-03-02; 2023-04-30; 2023-04-01…2023-04-30; 2023-03-02…2023-03-31",
            "2023-03-15; 2023-04-14; ; 2023-03-15…2023-04-14",
            "2024-02-01; 2024-02-29; 2024-02-01…2024-02-29; ",
            "2023-02-01; 2023-02-28; 2023-02-01…2023-02-28; ",
            "2024-02-01; 2024-02-28; ; 2024-02-01…2024-02-28",
            "2023-12-31; 2024-01-01; ; 2023-12-31…2024-01-01",
            "2023-05-05; 2023-05-05; ; 2023-05-05…2023-05-05",
    })
    void splitsAPeriodIntoWholeMonthsAndTheDaysAtEitherEnd(String from, String to, String months, String days) {
        PeriodSplit split = PeriodSplit.of(LocalDate.parse(from), LocalDate.parse(to));
        assertEquals(months == null ? "" : months, split.hasMonths() ? split.monthsFrom() + "…" + split.monthsTo() : "");
        List<String> edges = new ArrayList<>();
        for (LocalDate[] edge : split.edges()) {
            edges.add(edge[0] + "…" + edge[1]);
        }
        assertEquals(days == null ? "" : days, String.join(" ", edges));
    }

    @ParameterizedTest(name = "{0} … {1}")
    @CsvSource({"2023-01-15, 2023-06-20", "2020-02-29, 2026-03-01", "2023-03-02, 2023-03-30", "2023-01-01, 2023-01-01",
            "2023-01-31, 2023-03-01"})
    void countsEveryDayOfThePeriodOnce(LocalDate from, LocalDate to) {
        PeriodSplit split = PeriodSplit.of(from, to);
        for (LocalDate d = from.minusDays(3); !d.isAfter(to.plusDays(3)); d = d.plusDays(1)) {
            int times = split.hasMonths() && !d.isBefore(split.monthsFrom()) && !d.isAfter(split.monthsTo()) ? 1 : 0;
            for (LocalDate[] edge : split.edges()) {
                times += !d.isBefore(edge[0]) && !d.isAfter(edge[1]) ? 1 : 0;
            }
            assertEquals(d.isBefore(from) || d.isAfter(to) ? 0 : 1, times, d.toString());
        }
    }
}
