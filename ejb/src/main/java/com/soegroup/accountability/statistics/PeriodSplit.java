package com.soegroup.accountability.statistics;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A period cut into the whole months it holds, read from the counts kept per month ({@code stat_month}), and the days
 * at either end outside them, read from the records: 2023-01-15 … 2023-06-20 is February to May, with 01-15 … 01-31
 * and 06-01 … 06-20. A period within one month is all days.
 *
 * @param monthsFrom the first day of the first whole month ({@code null}: none)
 * @param monthsTo   the last day of the last whole month
 * @param edges      the days outside the whole months, as [first, last] ranges (none, one or two)
 */
record PeriodSplit(LocalDate monthsFrom, LocalDate monthsTo, List<LocalDate[]> edges) {

    static PeriodSplit of(LocalDate from, LocalDate to) {
        LocalDate first = from.getDayOfMonth() == 1 ? from : from.with(TemporalAdjusters.firstDayOfNextMonth());
        LocalDate last = to.equals(to.with(TemporalAdjusters.lastDayOfMonth())) ? to
                : to.with(TemporalAdjusters.firstDayOfMonth()).minusDays(1);
        List<LocalDate[]> edges = new ArrayList<>();
        if (first.isAfter(last)) {
            if (!from.isAfter(to)) {
                edges.add(new LocalDate[]{from, to});
            }
            return new PeriodSplit(null, null, List.copyOf(edges));
        }
        if (from.isBefore(first)) {
            edges.add(new LocalDate[]{from, first.minusDays(1)});
        }
        if (to.isAfter(last)) {
            edges.add(new LocalDate[]{last.plusDays(1), to});
        }
        return new PeriodSplit(first, last, List.copyOf(edges));
    }

    boolean hasMonths() {
        return monthsFrom != null;
    }
}
