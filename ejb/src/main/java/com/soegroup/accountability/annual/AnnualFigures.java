package com.soegroup.accountability.annual;

import com.soegroup.accountability.statistics.Figure;
import com.soegroup.accountability.statistics.FigureGroup;
import com.soegroup.accountability.statistics.Statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Part 三's tables: every group the statistics have for the year, each line beside last year's (the statistics read
 * twice).
 */
final class AnnualFigures {

    private AnnualFigures() {
    }

    static List<AnnualTable> tables(Statistics current, Statistics previous) {
        List<AnnualTable> tables = new ArrayList<>();
        for (FigureGroup g : current.groups()) {
            FigureGroup last = previous == null ? null : previous.group(g.id());
            Map<String, Figure> lastByCode = new LinkedHashMap<>();
            if (last != null) {
                last.figures().forEach(f -> lastByCode.put(f.code(), f));
            }
            List<AnnualRow> rows = new ArrayList<>();
            for (Figure f : g.figures()) {
                Figure p = lastByCode.remove(f.code());
                rows.add(new AnnualRow(f.code(), f.labelKey(), f.label(), f.count(), p == null ? 0 : p.count(),
                        g.amounts() ? amount(f.amount()) : null, g.amounts() ? amount(p == null ? null : p.amount()) : null));
            }
            // a line only last year had (a post level nobody holds this year) still shows, with 0 this year
            for (Figure p : lastByCode.values()) {
                rows.add(new AnnualRow(p.code(), p.labelKey(), p.label(), 0, p.count(), g.amounts() ? BigDecimal.ZERO : null,
                        g.amounts() ? amount(p.amount()) : null));
            }
            tables.add(new AnnualTable(g.id(), g.titleKey(), g.amounts(), rows));
        }
        return tables;
    }

    static AnnualTable table(List<AnnualTable> tables, String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * The rectification, recovery and one-event-one-report figures the narrative and the filing quote, read from the
     * statistics' groups (one source with the dashboard): tasks done (on time or late) and overdue among those due in
     * the period, the amount recovered, stages sent on time and late.
     */
    static AnnualRepository.Extras extras(Statistics s) {
        Figure recovered = figure(s, "recovery", "RECOVERED");
        return new AnnualRepository.Extras(count(s, "rectification", "ON_TIME") + count(s, "rectification", "LATE"),
                count(s, "rectification", "OVERDUE"), amount(recovered == null ? null : recovered.amount()),
                count(s, "incidentReport", "ON_TIME"), count(s, "incidentReport", "LATE"));
    }

    private static Figure figure(Statistics s, String group, String code) {
        FigureGroup g = s.group(group);
        return g == null ? null : g.figures().stream().filter(f -> f.code().equals(code)).findFirst().orElse(null);
    }

    private static long count(Statistics s, String group, String code) {
        Figure f = figure(s, group, code);
        return f == null ? 0 : f.count();
    }

    private static BigDecimal amount(BigDecimal a) {
        return a == null ? BigDecimal.ZERO : a;
    }
}
