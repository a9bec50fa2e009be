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
 * twice), then the tables this area counts itself, unless the statistics have them by now.
 */
final class AnnualFigures {

    /** The ids the statistics' own groups of rectification, recovery and incident reports are expected to take. */
    private static final Set<String> OWN_RECTIFICATION = Set.of("rectification", "rectifications");
    private static final Set<String> OWN_RECOVERY = Set.of("recovery", "recoveries");
    private static final Set<String> OWN_INCIDENTS = Set.of("incidentReports", "incidents", "incident");

    private AnnualFigures() {
    }

    static List<AnnualTable> tables(Statistics current, Statistics previous, AnnualRepository.Extras now, AnnualRepository.Extras before) {
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
        if (none(current, OWN_RECTIFICATION)) {
            tables.add(new AnnualTable("annualRectification", "annual.table.rectification", false, List.of(
                    own("RECTIFIED", "row.rectified", now.rectified(), before.rectified()),
                    own("OVERDUE", "row.rectificationOverdue", now.rectificationOverdue(), before.rectificationOverdue()))));
        }
        if (none(current, OWN_RECOVERY)) {
            tables.add(new AnnualTable("annualRecovery", "annual.table.recovery", true, List.of(
                    new AnnualRow("RECOVERED", null, AnnualTexts.text("row.recovered"), 0, 0, now.recovered(), before.recovered()))));
        }
        if (none(current, OWN_INCIDENTS)) {
            tables.add(new AnnualTable("annualIncidents", "annual.table.incidents", false, List.of(
                    own("ON_TIME", "row.incidentOnTime", now.incidentOnTime(), before.incidentOnTime()),
                    own("LATE", "row.incidentLate", now.incidentLate(), before.incidentLate()))));
        }
        return tables;
    }

    static AnnualTable table(List<AnnualTable> tables, String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    private static AnnualRow own(String code, String key, long current, long previous) {
        return new AnnualRow(code, null, AnnualTexts.text(key), current, previous, null, null);
    }

    private static boolean none(Statistics s, Set<String> ids) {
        return ids.stream().noneMatch(id -> s.group(id) != null);
    }

    private static BigDecimal amount(BigDecimal a) {
        return a == null ? BigDecimal.ZERO : a;
    }
}
