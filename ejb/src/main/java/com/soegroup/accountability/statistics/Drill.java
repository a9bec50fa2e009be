package com.soegroup.accountability.statistics;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The list behind a figure and its filters, as the list's address takes them ({@code enterprise}, {@code from},
 * {@code to} and the figure's own, e.g. {@code source=AUDIT}): the dashboard links to it, the API returns it.
 */
public record Drill(DrillTarget target, Map<String, String> parameters) implements Serializable {

    public Drill {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    static Drill of(DrillTarget target, StatisticsFilter filter, String enterprise, String... more) {
        Map<String, String> p = new LinkedHashMap<>();
        if (enterprise != null) {
            p.put("enterprise", enterprise);
        }
        p.put("from", filter.from().toString());
        p.put("to", filter.to().toString());
        for (int i = 0; i + 1 < more.length; i += 2) {
            p.put(more[i], more[i + 1]);
        }
        return new Drill(target, p);
    }
}
