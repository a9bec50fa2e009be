package com.soegroup.accountability.statistics;

import com.soegroup.accountability.shared.Scope;

import java.time.LocalDate;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The handling period's last day for every day a case may have been opened, as a table SQL joins
 * ({@value #TABLE}): the deadline counts working days through the calendar, which SQL does not know, so the
 * service computes it once per day and the statement matches cases to it by their opening day.
 */
record Deadlines(Map<LocalDate, LocalDate> due, LocalDate asOf) {

    static final String TABLE = "unnest(CAST(string_to_array(:dlOpened, ',') AS date[]), "
            + "CAST(string_to_array(:dlDue, ',') AS date[])) AS dl(opened, due)";

    Scope.Condition parameters() {
        StringJoiner opened = new StringJoiner(",");
        StringJoiner dueOn = new StringJoiner(",");
        due.forEach((o, d) -> {
            opened.add(o.toString());
            dueOn.add(d.toString());
        });
        return new Scope.Condition("1 = 1", Map.of("dlOpened", opened.toString(), "dlDue", dueOn.toString()));
    }
}
