package com.soegroup.accountability.statistics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of a period and an enterprise subtree: the groups (each a chart and a table), the totals beside
 * the year before, the months, the subsidiaries' indicators, and the handling period cases are measured against
 * with the average working days a concluded case took.
 */
public record Statistics(StatisticsFilter filter, String enterpriseName, int caseWorkingDays,
                         BigDecimal averageCaseDays, List<FigureGroup> groups, List<Comparison> yearOverYear,
                         List<MonthFigures> months, List<EnterpriseIndicators> enterprises) implements Serializable {

    public Statistics {
        groups = List.copyOf(groups);
        yearOverYear = List.copyOf(yearOverYear);
        months = List.copyOf(months);
        enterprises = List.copyOf(enterprises);
    }

    public FigureGroup group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst().orElse(null);
    }
}
