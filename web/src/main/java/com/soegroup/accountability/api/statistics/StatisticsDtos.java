package com.soegroup.accountability.api.statistics;

import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.statistics.Comparison;
import com.soegroup.accountability.statistics.Drill;
import com.soegroup.accountability.statistics.EnterpriseIndicators;
import com.soegroup.accountability.statistics.Figure;
import com.soegroup.accountability.statistics.FigureGroup;
import com.soegroup.accountability.statistics.MonthFigures;
import com.soegroup.accountability.statistics.Statistics;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The JSON shape of {@code GET /statistics}: the dashboard's figures; codes with their names, money as yuan text. */
public final class StatisticsDtos {

    private StatisticsDtos() {
    }

    /**
     * The list behind a figure: LEDGER (the clue ledger), CASES, LOSSES, DECISIONS, FAULT_TOLERANCE, RECTIFICATIONS,
     * RECOVERY or INCIDENTS, and its filters.
     */
    @Schema(name = "StatisticsDrill")
    public record DrillDto(String target, Map<String, String> parameters) {
        static DrillDto of(Drill d) {
            return d == null ? null : new DrillDto(d.target().name(), d.parameters());
        }
    }

    /** One figure: its code, its name, how many, the amount in yuan where the group counts money, its list. */
    @Schema(name = "StatisticsFigure")
    public record FigureDto(String code, String name, long count, String amount, DrillDto drill) {
        static FigureDto of(Figure f, Function<String, String> text) {
            return new FigureDto(f.code(), f.labelKey() != null ? text.apply(f.labelKey()) : f.label(), f.count(),
                    ApiValues.money(f.amount()), DrillDto.of(f.drill()));
        }
    }

    /**
     * A group of figures: {@code clueSource}, {@code clueLevel}, {@code clueStatus}, {@code cases}, {@code losses},
     * {@code measure}, {@code responsibility}, {@code postLevel}, {@code faultTolerance}, {@code clueArea},
     * {@code rectification}, {@code rectificationMeasure}, {@code recovery}, {@code incidentReport}; its title and
     * total count.
     */
    @Schema(name = "StatisticsGroup")
    public record GroupDto(String id, String title, boolean amounts, long total, List<FigureDto> figures) {
        static GroupDto of(FigureGroup g, Function<String, String> text) {
            return new GroupDto(g.id(), text.apply(g.titleKey()), g.amounts(), g.total(),
                    g.figures().stream().map(f -> FigureDto.of(f, text)).toList());
        }
    }

    /** A total of the period beside the same days a year before; {@code change} in percent, null without a base. */
    @Schema(name = "StatisticsComparison")
    public record ComparisonDto(String code, String name, String current, String previous, String change) {
        static ComparisonDto of(Comparison c, Function<String, String> text) {
            return new ComparisonDto(c.code(), text.apply(c.labelKey()), plain(c.current(), c.amount()),
                    plain(c.previous(), c.amount()), c.changePercent() == null ? null : c.changePercent().toPlainString());
        }

        private static String plain(BigDecimal value, boolean money) {
            return money ? ApiValues.money(value) : value.toPlainString();
        }
    }

    /** One month (YYYY-MM) of the period; recovered in yuan. */
    @Schema(name = "StatisticsMonth")
    public record MonthDto(String month, long clues, long cluesYearBefore, long casesOpened, long casesConcluded,
                           String losses, long people, long rectificationsDone, String recovered, long reportsLate) {
        static MonthDto of(MonthFigures m) {
            return new MonthDto(m.month().toString(), m.clues(), m.cluesYearBefore(), m.casesOpened(), m.casesConcluded(),
                    ApiValues.money(m.losses()), m.people(), m.rectificationsDone(), ApiValues.money(m.recovered()),
                    m.reportsLate());
        }
    }

    /**
     * A subsidiary's assessment indicators (with its own subsidiaries), or the chosen enterprise's own ({@code own});
     * recovered in yuan, rectification tasks due in the period open past their deadline, report stages sent late.
     */
    @Schema(name = "StatisticsEnterprise")
    public record EnterpriseDto(String code, String name, boolean own, long clues, long lossCases, String losses,
                                long concluded, long concludedOnTime, long openOverdue, String recovered,
                                long rectificationsOverdue, long reportsLate) {
        static EnterpriseDto of(EnterpriseIndicators e) {
            return new EnterpriseDto(e.code(), e.name(), e.own(), e.clues(), e.lossCases(), ApiValues.money(e.losses()),
                    e.concluded(), e.concludedOnTime(), e.openOverdue(), ApiValues.money(e.recovered()),
                    e.rectificationsOverdue(), e.reportsLate());
        }
    }

    /**
     * The figures of a period (from, to) and an enterprise subtree (by handling unit): groups, year-over-year totals,
     * and by request the months and the subsidiaries; the handling period in working days and the average a
     * concluded case took.
     */
    @Schema(name = "Statistics")
    public record StatisticsDto(String from, String to, String enterprise, String enterpriseName, int caseWorkingDays,
                                String averageCaseDays, List<GroupDto> groups, List<ComparisonDto> yearOverYear,
                                List<MonthDto> months, List<EnterpriseDto> enterprises) {
        static StatisticsDto of(Statistics s, boolean months, boolean enterprises, Function<String, String> text) {
            return new StatisticsDto(ApiValues.date(s.filter().from()), ApiValues.date(s.filter().to()),
                    s.filter().enterprise(), s.enterpriseName(), s.caseWorkingDays(),
                    s.averageCaseDays() == null ? null : s.averageCaseDays().toPlainString(),
                    s.groups().stream().map(g -> GroupDto.of(g, text)).toList(),
                    s.yearOverYear().stream().map(c -> ComparisonDto.of(c, text)).toList(),
                    months ? s.months().stream().map(MonthDto::of).toList() : null,
                    enterprises ? s.enterprises().stream().map(EnterpriseDto::of).toList() : null);
        }
    }
}
