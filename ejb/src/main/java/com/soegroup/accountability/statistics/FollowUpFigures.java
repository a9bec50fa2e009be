package com.soegroup.accountability.statistics;

import com.soegroup.accountability.rectification.RectificationMeasure;
import com.soegroup.accountability.rule.set.CircumstanceArea;
import com.soegroup.accountability.rule.set.ReportingClocks;
import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.rule.set.RuleSets;
import com.soegroup.accountability.ruleset.RuleSetCatalog;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.WorkingDays;
import com.soegroup.accountability.statistics.StatisticsRepository.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The groups that follow a case up — clues by circumstance area, rectification tasks, loss recovery, incident
 * reports — and the lists behind them, for {@link StatisticsService} (which checks the caller and audits the
 * reading). Deadlines count working days through {@link WorkingDays}; the report clocks are the rule set's in force.
 */
@ApplicationScoped
public class FollowUpFigures {

    /** The overdue stages' deadlines, as a table the list joins by the report's found day, stage and extension. */
    static final String DUE_TABLE = "unnest(CAST(string_to_array(:rdFound, ',') AS date[]), string_to_array(:rdKind, ','), "
            + "CAST(string_to_array(:rdGranted, ',') AS int[]), CAST(string_to_array(:rdDue, ',') AS date[])) "
            + "AS rd(found, kind, granted, due)";

    @Inject
    private FollowUpRepository repository;

    @Inject
    private MonthlyCounts counts;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private RuleSetCatalog catalog;

    /** The groups, and per subsidiary the recovered amount and [rectifications overdue, report stages sent late]. */
    record FollowUps(FigureGroup clueArea, List<FigureGroup> groups, Map<String, BigDecimal> recovered,
                     Map<String, long[]> counts) {
    }

    FollowUps figures(Scope scope, Unit unit, StatisticsFilter f, LocalDate today, long clues) {
        LocalDate asOf = asOf(f, today);
        Map<String, BigDecimal> recoveredPerChild = new HashMap<>();
        Map<String, long[]> counts = new HashMap<>();
        List<FigureGroup> groups = new ArrayList<>();
        groups.addAll(rectifications(scope, unit, f, asOf, counts));
        groups.add(recovery(scope, unit, f, recoveredPerChild));
        groups.add(reports(scope, unit, f, asOf, today, counts));
        return new FollowUps(clueAreas(scope, unit, f, clues), groups, recoveredPerChild, counts);
    }

    private FigureGroup clueAreas(Scope scope, Unit unit, StatisticsFilter f, long clues) {
        Map<String, Long> areas = new HashMap<>();
        long classified = 0;
        for (MonthlyCounts.Count c : counts.counts(scope, unit, MonthlyCounts.Counted.CLUES, f.from(), f.to(),
                Set.of("area", "classified"), false, false)) {
            if ("area".equals(c.dim())) {
                areas.put(c.value(), c.n());
            } else {
                classified = c.n();
            }
        }
        List<Figure> figures = new ArrayList<>();
        for (CircumstanceArea a : CircumstanceArea.values()) {
            figures.add(new Figure(a.name(), a.bundleKey(), null, areas.getOrDefault(a.name(), 0L), null,
                    Drill.of(DrillTarget.LEDGER, f, f.enterprise(), "area", a.name())));
        }
        // a clue may be suspected of circumstances of two areas: the bars may add up to more than the clues, and
        // the unclassified ones are what no bar counts (not linked: the ledger cannot filter "no circumstance")
        figures.add(new Figure("NONE", "statistics.area.none", null, Math.max(0, clues - classified), null, null));
        return new FigureGroup("clueArea", "statistics.group.clueArea", false, figures);
    }

    private List<FigureGroup> rectifications(Scope scope, Unit unit, StatisticsFilter f, LocalDate asOf,
                                             Map<String, long[]> counts) {
        Map<String, Long> measures = new HashMap<>();
        Map<String, Long> states = new HashMap<>();
        for (Object[] r : repository.rectifications(scope, unit, f, asOf)) {
            long count = ((Number) r[5]).longValue();
            if (((Number) r[0]).intValue() == 0) {
                measures.put((String) r[2], count);
            } else {
                states.merge((String) r[3], count, Long::sum);
                if ("OVERDUE".equals(r[3])) {
                    child(counts, (String) r[4])[0] += count;
                }
            }
        }
        List<Figure> byState = new ArrayList<>();
        for (RectificationFigure s : RectificationFigure.values()) {
            byState.add(new Figure(s.name(), s.bundleKey(), null, states.getOrDefault(s.name(), 0L), null,
                    Drill.of(DrillTarget.RECTIFICATIONS, f, f.enterprise(), "kind", s.name())));
        }
        List<Figure> byMeasure = new ArrayList<>();
        for (RectificationMeasure m : RectificationMeasure.values()) {
            byMeasure.add(new Figure(m.name(), m.bundleKey(), null, measures.getOrDefault(m.name(), 0L), null,
                    Drill.of(DrillTarget.RECTIFICATIONS, f, f.enterprise(), "measure", m.name())));
        }
        return List.of(new FigureGroup("rectification", "statistics.group.rectification", false, byState),
                new FigureGroup("rectificationMeasure", "statistics.group.rectificationMeasure", false, byMeasure));
    }

    private FigureGroup recovery(Scope scope, Unit unit, StatisticsFilter f, Map<String, BigDecimal> recoveredPerChild) {
        Map<String, long[]> cases = new HashMap<>();
        Map<String, BigDecimal> amounts = new HashMap<>();
        for (Object[] r : repository.recovery(scope, unit, f)) {
            String figure = (String) r[0];
            BigDecimal amount = FollowUpRepository.amount(r[3]);
            cases.computeIfAbsent(figure, k -> new long[1])[0] += ((Number) r[2]).longValue();
            amounts.merge(figure, amount, BigDecimal::add);
            if ("RECOVERED".equals(figure)) {
                recoveredPerChild.merge(r[1] == null ? "" : (String) r[1], amount, BigDecimal::add);
            }
        }
        List<Figure> figures = new ArrayList<>();
        for (RecoveryFigure g : RecoveryFigure.values()) {
            figures.add(new Figure(g.name(), g.bundleKey(), null, cases.getOrDefault(g.name(), new long[1])[0],
                    amounts.getOrDefault(g.name(), BigDecimal.ZERO), Drill.of(DrillTarget.RECOVERY, f, f.enterprise(), "kind", g.name())));
        }
        return new FigureGroup("recovery", "statistics.group.recovery", true, figures);
    }

    private FigureGroup reports(Scope scope, Unit unit, StatisticsFilter f, LocalDate asOf, LocalDate today,
                                Map<String, long[]> counts) {
        Map<String, Long> sent = new HashMap<>();
        for (Object[] r : repository.reportsSent(scope, unit, f)) {
            long count = ((Number) r[2]).longValue();
            sent.merge((String) r[0], count, Long::sum);
            if ("LATE".equals(r[0])) {
                child(counts, (String) r[1])[1] += count;
            }
        }
        long overdue = 0;
        ReportingClocks clocks = clocks(today);
        for (Object[] r : repository.reportsUnsent(scope, unit, f)) {
            LocalDate due = due(clocks, StatisticsRepository.date(r[1]), (String) r[2], ((Number) r[3]).intValue());
            if (overdue(due, asOf)) {
                overdue += ((Number) r[4]).longValue();
            }
        }
        Map<ReportFigure, Long> values = new EnumMap<>(ReportFigure.class);
        values.put(ReportFigure.ON_TIME, sent.getOrDefault("ON_TIME", 0L));
        values.put(ReportFigure.LATE, sent.getOrDefault("LATE", 0L));
        values.put(ReportFigure.OVERDUE, overdue);
        List<Figure> figures = new ArrayList<>();
        values.forEach((g, count) -> figures.add(new Figure(g.name(), g.bundleKey(), null, count, null,
                Drill.of(DrillTarget.INCIDENTS, f, f.enterprise(), "kind", g.name()))));
        return new FigureGroup("incidentReport", "statistics.group.incidentReport", false, figures);
    }

    // --- the lists behind the figures -------------------------------------------------------------------------

    DrillPage list(Scope scope, Unit unit, StatisticsFilter f, DrillTarget target, Map<String, String> p, LocalDate today,
                   int first, int max) {
        LocalDate asOf = asOf(f, today);
        String kind = p.get("kind");
        long[] total = new long[1];
        List<DrillRow> items = new ArrayList<>();
        switch (target) {
            case RECTIFICATIONS -> {
                for (Object[] r : repository.rectificationList(scope, unit, f, asOf, kind, p.get("measure"), first, max, total)) {
                    LocalDate deadline = StatisticsRepository.date(r[3]);
                    LocalDate verified = StatisticsRepository.date(r[4]);
                    LocalDate until = verified != null && !verified.isAfter(asOf) ? verified : asOf;
                    items.add(new DrillRow((String) r[0], (String) r[1], (String) r[2], deadline, null,
                            until.isAfter(deadline) ? Math.max(0, workingDays.between(deadline, until)) : 0));
                }
            }
            case RECOVERY -> {
                for (Object[] r : repository.recoveryList(scope, unit, f, kind == null ? "DETERMINED" : kind, first, max, total)) {
                    items.add(new DrillRow((String) r[0], (String) r[1], (String) r[2], StatisticsRepository.date(r[3]),
                            FollowUpRepository.amount(r[4]), 0));
                }
            }
            case INCIDENTS -> {
                List<Object[]> rows = "OVERDUE".equals(kind)
                        ? repository.reportOverdueList(scope, unit, f, overdueTable(scope, unit, f, asOf, today), DUE_TABLE,
                        first, max, total)
                        : repository.reportSentList(scope, unit, f, "LATE".equals(kind), first, max, total);
                for (Object[] r : rows) {
                    LocalDate date = StatisticsRepository.date(r[3]);
                    LocalDate due = StatisticsRepository.date(r[4]);
                    LocalDate until = "OVERDUE".equals(kind) ? asOf : date;
                    // the stage's name is translated by the page (a code here, like the people's post levels are words)
                    items.add(new DrillRow((String) r[0], (String) r[1], (String) r[2], date, null,
                            due != null && until.isAfter(due) ? Math.max(0, workingDays.between(due, until)) : 0));
                }
            }
            default -> throw new IllegalArgumentException(target.name());
        }
        return new DrillPage(total[0], items);
    }

    /** The (found on, stage, extension) of the stages under way late on {@code asOf}. */
    private Scope.Condition overdueTable(Scope scope, Unit unit, StatisticsFilter f, LocalDate asOf, LocalDate today) {
        ReportingClocks clocks = clocks(today);
        StringJoiner found = new StringJoiner(",");
        StringJoiner kind = new StringJoiner(",");
        StringJoiner granted = new StringJoiner(",");
        StringJoiner dueOn = new StringJoiner(",");
        // the rows are per subsidiary too: a (found on, stage, extension) is put in the table once
        Set<String> seen = new HashSet<>();
        for (Object[] r : repository.reportsUnsent(scope, unit, f)) {
            LocalDate foundOn = StatisticsRepository.date(r[1]);
            int extension = ((Number) r[3]).intValue();
            LocalDate due = due(clocks, foundOn, (String) r[2], extension);
            if (overdue(due, asOf) && seen.add(foundOn + "|" + r[2] + "|" + extension)) {
                found.add(foundOn.toString());
                kind.add((String) r[2]);
                granted.add(Integer.toString(extension));
                dueOn.add(due.toString());
            }
        }
        return new Scope.Condition("1 = 1", Map.of("rdFound", found.toString(), "rdKind", kind.toString(),
                "rdGranted", granted.toString(), "rdDue", dueOn.toString()));
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** The clocks of the rule set in force today, as the register counts them; null when it sets none. */
    private ReportingClocks clocks(LocalDate today) {
        return RuleSets.inForceOn(catalog.all(), today).map(RuleSet::reporting).orElse(null);
    }

    private LocalDate due(ReportingClocks clocks, LocalDate found, String kind, int granted) {
        if (clocks == null) {
            return null;
        }
        return switch (kind) {
            case "FLASH" -> workingDays.plusWorkingDays(found, clocks.flashDays());
            case "REAL_TIME" -> workingDays.plusWorkingDays(found, clocks.realTimeDays());
            case "PRELIMINARY" -> workingDays.plusWorkingDays(found, clocks.preliminaryDays() + granted);
            default -> null;
        };
    }

    /** Late by a working day or more, as the register counts it (a deadline on Friday is not late on Saturday). */
    private boolean overdue(LocalDate due, LocalDate asOf) {
        return due != null && workingDays.between(due, asOf) > 0;
    }

    /** Where a period's state is read: its last day, or today while it runs. */
    static LocalDate asOf(StatisticsFilter f, LocalDate today) {
        return f.to().isBefore(today) ? f.to() : today;
    }

    private static long[] child(Map<String, long[]> counts, String id) {
        return counts.computeIfAbsent(id == null ? "" : id, k -> new long[2]);
    }
}
