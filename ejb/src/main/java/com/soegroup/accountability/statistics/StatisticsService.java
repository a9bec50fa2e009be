package com.soegroup.accountability.statistics;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.clue.ClueSource;
import com.soegroup.accountability.clue.ClueStatus;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.sanction.Outcome;
import com.soegroup.accountability.rule.sanction.Responsibility;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import com.soegroup.accountability.shared.Settings;
import com.soegroup.accountability.shared.WorkingDays;
import com.soegroup.accountability.statistics.MonthlyCounts.Counted;
import com.soegroup.accountability.statistics.StatisticsRepository.Source;
import com.soegroup.accountability.statistics.StatisticsRepository.Unit;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The figures of a period and an enterprise subtree, for LEADER, OFFICE and AUDITOR within their scope and without
 * the cases they are involved in: the dashboard, {@code GET /statistics} and the reports read them here (one source).
 * Every figure is an SQL aggregate ({@link StatisticsRepository}); the handling period of a case counts working days
 * through {@link WorkingDays}. Each reading is one audit entry (READ of {@value #AUDIT_OBJECT}) naming the filter.
 */
@Stateless
@DenyAll
public class StatisticsService {

    public static final String AUDIT_OBJECT = "STATISTICS";
    public static final int MAX_PAGE = 200;

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private StatisticsRepository repository;

    @Inject
    private FollowUpFigures followUps;

    @Inject
    private MonthlyCounts counts;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private Clock clock;

    /** The whole dashboard: every group, the year-over-year totals, the months and the subsidiaries' indicators. */
    @RolesAllowed({Role.R_LEADER, Role.R_OFFICE, Role.R_AUDITOR})
    public Statistics figures(StatisticsFilter asked) {
        Scope scope = scopes.current();
        StatisticsFilter f = StatisticsInputs.complete(asked, LocalDate.now(clock));
        repository.planForTheParameters();
        Unit unit = unit(scope, f);
        f = new StatisticsFilter(f.from(), f.to(), unit.code());
        Map<String, Unit> subsidiaries = repository.subsidiaries(unit);
        Map<String, long[]> perChild = new HashMap<>();
        Map<String, BigDecimal> lossPerChild = new HashMap<>();

        Map<Source, List<Object[]>> monthly = new EnumMap<>(Source.class);
        for (Source source : Source.values()) {
            monthly.put(source, repository.monthly(scope, unit, f, source));
        }
        // a new group (e.g. rectifications on time) is one query of the repository and one line here
        List<FigureGroup> groups = new ArrayList<>();
        groups.addAll(clueGroups(scope, unit, f, perChild));
        FollowUpFigures.FollowUps more = followUps.figures(scope, unit, f, LocalDate.now(clock), groups.get(0).total());
        groups.add(more.clueArea());
        CaseFigures cases = cases(scope, unit, f, perChild, monthly.get(Source.CASES_OPENED));
        groups.add(cases.group());
        groups.add(losses(scope, unit, f, perChild, lossPerChild));
        groups.addAll(people(scope, unit, f));
        groups.add(faultTolerance(scope, unit, f));
        groups.addAll(more.groups());
        List<EnterpriseIndicators> enterprises = new ArrayList<>();
        enterprises.add(indicators(unit, true, perChild.get(""), lossPerChild.get(""), more, ""));
        subsidiaries.forEach((id, child) -> enterprises.add(indicators(child, false, perChild.get(id), lossPerChild.get(id), more, id)));

        audit.record(AuditAction.READ, AUDIT_OBJECT, unit.code(), List.of(), facts(f));
        return new Statistics(f, unit.name(), Settings.caseWorkingDays(), cases.averageDays(), groups,
                yearOverYear(monthly), months(f, monthly), enterprises);
    }

    /** A page of the list behind a figure, with the figure's filters (as its {@link Drill} names them). */
    @RolesAllowed({Role.R_LEADER, Role.R_OFFICE, Role.R_AUDITOR})
    public DrillPage list(StatisticsFilter asked, DrillTarget target, Map<String, String> parameters, int first, int max) {
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw AccountabilityException.invalid("size", "paging.invalid");
        }
        if (target == null || target == DrillTarget.LEDGER) {
            throw AccountabilityException.invalid("target", "statistics.target.invalid");
        }
        Map<String, String> p = StatisticsInputs.checked(target, parameters);
        Scope scope = scopes.current();
        StatisticsFilter f = StatisticsInputs.complete(asked, LocalDate.now(clock));
        repository.planForTheParameters();
        Unit unit = unit(scope, f);
        f = new StatisticsFilter(f.from(), f.to(), unit.code());
        DrillPage page = switch (target) {
            case RECTIFICATIONS, RECOVERY, INCIDENTS -> followUps.list(scope, unit, f, target, p, LocalDate.now(clock), first, max);
            default -> caseList(scope, unit, f, target, p, first, max);
        };
        Map<String, Object> facts = facts(f);
        facts.put("statisticsList", target.name());
        p.forEach(facts::put);
        facts.put("first", first);
        facts.put("shown", page.items().size());
        audit.record(AuditAction.READ, AUDIT_OBJECT, unit.code(), List.of(), facts);
        return page;
    }

    private DrillPage caseList(Scope scope, Unit unit, StatisticsFilter f, DrillTarget target, Map<String, String> p,
                               int first, int max) {
        String kind = p.getOrDefault("kind", "");
        // only the lists of cases within or past their handling period need its last day for every day opened
        Deadlines deadlines = target == DrillTarget.CASES && List.of("ON_TIME", "LATE", "OVERDUE").contains(kind)
                ? deadlines(scope, unit, f) : null;
        return repository.list(scope, unit, f, target, p, deadlines, switch (kind) {
            case "LATE" -> (opened, concluded) -> workingDays.between(deadlines.due().get(opened), concluded);
            case "OVERDUE" -> (opened, date) -> workingDays.between(deadlines.due().get(opened), deadlines.asOf());
            default -> null;
        }, target == DrillTarget.DECISIONS ? peopleCount(scope, unit, f, p) : null, first, max);
    }

    /** The count of a list of people held by one responsibility, measure or post level: the figure's own. */
    private Long peopleCount(Scope scope, Unit unit, StatisticsFilter f, Map<String, String> p) {
        List<String> dims = List.of("responsibility", "measure", "postLevel").stream().filter(p::containsKey).toList();
        if (dims.size() != 1) {
            return null;
        }
        String dim = dims.get(0);
        return counts.counts(scope, unit, Counted.PEOPLE, f.from(), f.to(), Set.of(dim), false, false).stream()
                .filter(c -> c.value().equals(p.get(dim))).mapToLong(MonthlyCounts.Count::n).sum();
    }

    // --- groups -----------------------------------------------------------------------------------------------

    private List<FigureGroup> clueGroups(Scope scope, Unit unit, StatisticsFilter f, Map<String, long[]> perChild) {
        Map<ClueSource, Long> sources = new EnumMap<>(ClueSource.class);
        Map<String, Long> levels = new LinkedHashMap<>();
        Map<ClueStatus, Long> statuses = new EnumMap<>(ClueStatus.class);
        for (MonthlyCounts.Count c : counts.counts(scope, unit, Counted.CLUES, f.from(), f.to(), Set.of("source", "level", "status"),
                false, true)) {
            switch (c.dim()) {
                case "source" -> {
                    sources.merge(ClueSource.valueOf(c.value()), c.n(), Long::sum);
                    // each clue has one source: the sources per subsidiary are its clues
                    child(perChild, c.child())[0] += c.n();
                }
                case "level" -> levels.merge(c.value().isEmpty() ? "NONE" : c.value(), c.n(), Long::sum);
                default -> statuses.merge(ClueStatus.valueOf(c.value()), c.n(), Long::sum);
            }
        }
        List<Figure> bySource = new ArrayList<>();
        for (ClueSource s : ClueSource.values()) {
            bySource.add(new Figure(s.name(), s.bundleKey(), null, sources.getOrDefault(s, 0L), null,
                    Drill.of(DrillTarget.LEDGER, f, f.enterprise(), "source", s.name())));
        }
        List<Figure> byLevel = new ArrayList<>();
        for (LossLevel l : LossLevel.values()) {
            byLevel.add(new Figure(l.name(), l.bundleKey(), null, levels.getOrDefault(l.name(), 0L), null,
                    Drill.of(DrillTarget.LEDGER, f, f.enterprise(), "level", l.name())));
        }
        // the ledger cannot filter "no level yet": the figure is shown, not linked
        byLevel.add(new Figure("NONE", "statistics.level.none", null, levels.getOrDefault("NONE", 0L), null, null));
        List<Figure> byStatus = new ArrayList<>();
        for (ClueStatus s : ClueStatus.values()) {
            byStatus.add(new Figure(s.name(), s.bundleKey(), null, statuses.getOrDefault(s, 0L), null,
                    Drill.of(DrillTarget.LEDGER, f, f.enterprise(), "status", s.name())));
        }
        return List.of(new FigureGroup("clueSource", "statistics.group.clueSource", false, bySource),
                new FigureGroup("clueLevel", "statistics.group.clueLevel", false, byLevel),
                new FigureGroup("clueStatus", "statistics.group.clueStatus", false, byStatus));
    }

    private record CaseFigures(FigureGroup group, BigDecimal averageDays) {
    }

    /** Cases opened and concluded, within and past the handling period, and still open past it at the period's end. */
    private CaseFigures cases(Scope scope, Unit unit, StatisticsFilter f, Map<String, long[]> perChild,
                              List<Object[]> openedMonthly) {
        Deadlines deadlines = deadlines(scope, unit, f);
        long opened = 0;
        for (Object[] r : openedMonthly) {
            opened += ((Number) r[1]).longValue();
        }
        long concluded = 0;
        long onTime = 0;
        long days = 0;
        for (Object[] r : repository.concluded(scope, unit, f)) {
            LocalDate o = StatisticsRepository.date(r[1]);
            LocalDate c = StatisticsRepository.date(r[2]);
            long count = ((Number) r[3]).longValue();
            boolean inTime = !c.isAfter(deadlines.due().get(o));
            concluded += count;
            onTime += inTime ? count : 0;
            days += count * Math.max(0, workingDays.between(o, c));
            long[] child = child(perChild, (String) r[0]);
            child[1] += count;
            child[2] += inTime ? count : 0;
        }
        long overdue = 0;
        for (Object[] r : repository.openAtEnd(scope, unit, f)) {
            LocalDate o = StatisticsRepository.date(r[1]);
            if (deadlines.due().get(o).isBefore(deadlines.asOf())) {
                long count = ((Number) r[2]).longValue();
                overdue += count;
                child(perChild, (String) r[0])[3] += count;
            }
        }
        List<Figure> figures = List.of(
                caseFigure("OPENED", opened, f),
                caseFigure("CONCLUDED", concluded, f),
                caseFigure("ON_TIME", onTime, f),
                caseFigure("LATE", concluded - onTime, f),
                caseFigure("OVERDUE", overdue, f));
        BigDecimal average = concluded == 0 ? null
                : BigDecimal.valueOf(days).divide(BigDecimal.valueOf(concluded), 1, RoundingMode.HALF_UP);
        return new CaseFigures(new FigureGroup("cases", "statistics.group.cases", false, figures), average);
    }

    private static Figure caseFigure(String kind, long count, StatisticsFilter f) {
        CaseFigure figure = CaseFigure.valueOf(kind);
        return new Figure(kind, figure.bundleKey(), null, count, null,
                Drill.of(DrillTarget.CASES, f, f.enterprise(), "kind", kind));
    }

    private FigureGroup losses(Scope scope, Unit unit, StatisticsFilter f, Map<String, long[]> perChild,
                               Map<String, BigDecimal> amountPerChild) {
        Map<String, Object[]> levels = new HashMap<>();
        for (Object[] r : repository.losses(scope, unit, f)) {
            if (((Number) r[0]).intValue() == 0) {
                levels.put(r[1] == null ? "NONE" : (String) r[1], r);
            } else {
                child(perChild, (String) r[2])[4] += ((Number) r[3]).longValue();
                amountPerChild.merge((String) r[2], (BigDecimal) r[4], BigDecimal::add);
            }
        }
        List<Figure> figures = new ArrayList<>();
        for (LossLevel l : LossLevel.values()) {
            figures.add(lossFigure(l.name(), l.bundleKey(), levels.get(l.name()), f));
        }
        figures.add(lossFigure("NONE", "statistics.level.none", levels.get("NONE"), f));
        return new FigureGroup("losses", "statistics.group.losses", true, figures);
    }

    private static Figure lossFigure(String code, String key, Object[] row, StatisticsFilter f) {
        return new Figure(code, key, null, row == null ? 0 : ((Number) row[3]).longValue(),
                row == null ? BigDecimal.ZERO : (BigDecimal) row[4], Drill.of(DrillTarget.LOSSES, f, f.enterprise(), "level", code));
    }

    private List<FigureGroup> people(Scope scope, Unit unit, StatisticsFilter f) {
        Map<String, Long> measures = new HashMap<>();
        Map<String, Long> responsibilities = new HashMap<>();
        Map<String, Long> posts = new TreeMap<>();
        for (MonthlyCounts.Count c : counts.counts(scope, unit, Counted.PEOPLE, f.from(), f.to(),
                Set.of("measure", "responsibility", "postLevel"), false, false)) {
            (switch (c.dim()) {
                case "measure" -> measures;
                case "responsibility" -> responsibilities;
                default -> posts;
            }).merge(c.value(), c.n(), Long::sum);
        }
        List<Figure> byMeasure = new ArrayList<>();
        for (Measure m : Measure.values()) {
            byMeasure.add(new Figure(m.name(), m.bundleKey(), null, measures.getOrDefault(m.name(), 0L), null,
                    Drill.of(DrillTarget.DECISIONS, f, f.enterprise(), "measure", m.name())));
        }
        List<Figure> byResponsibility = new ArrayList<>();
        for (Responsibility r : Responsibility.values()) {
            byResponsibility.add(new Figure(r.name(), r.bundleKey(), null, responsibilities.getOrDefault(r.name(), 0L), null,
                    Drill.of(DrillTarget.DECISIONS, f, f.enterprise(), "responsibility", r.name())));
        }
        List<Figure> byPost = new ArrayList<>();
        // post levels are the people records' own words (no codes): shown as they are, the blank ones named
        posts.forEach((post, count) -> byPost.add(new Figure(post, post.isEmpty() ? "statistics.postLevel.none" : null,
                post.isEmpty() ? null : post, count, null, Drill.of(DrillTarget.DECISIONS, f, f.enterprise(), "postLevel", post))));
        return List.of(new FigureGroup("measure", "statistics.group.measure", false, byMeasure),
                new FigureGroup("responsibility", "statistics.group.responsibility", false, byResponsibility),
                new FigureGroup("postLevel", "statistics.group.postLevel", false, byPost));
    }

    private FigureGroup faultTolerance(Scope scope, Unit unit, StatisticsFilter f) {
        Map<String, Long> outcomes = new HashMap<>();
        for (Object[] r : repository.faultTolerance(scope, unit, f)) {
            outcomes.put((String) r[0], ((Number) r[1]).longValue());
        }
        List<Figure> figures = new ArrayList<>();
        for (Outcome o : List.of(Outcome.LIGHTER, Outcome.MITIGATED, Outcome.EXEMPTED)) {
            figures.add(new Figure(o.name(), o.bundleKey(), null, outcomes.getOrDefault(o.name(), 0L), null,
                    Drill.of(DrillTarget.FAULT_TOLERANCE, f, f.enterprise(), "outcome", o.name())));
        }
        return new FigureGroup("faultTolerance", "statistics.group.faultTolerance", false, figures);
    }

    // --- trends -----------------------------------------------------------------------------------------------

    private static List<Comparison> yearOverYear(Map<Source, List<Object[]>> monthly) {
        List<Comparison> rows = new ArrayList<>();
        for (Source source : Source.values()) {
            BigDecimal current = BigDecimal.ZERO;
            BigDecimal previous = BigDecimal.ZERO;
            for (Object[] r : monthly.get(source)) {
                boolean money = source.money();
                current = current.add(money ? (BigDecimal) r[3] : BigDecimal.valueOf(((Number) r[1]).longValue()));
                previous = previous.add(money ? (BigDecimal) r[4] : BigDecimal.valueOf(((Number) r[2]).longValue()));
            }
            rows.add(new Comparison(source.name(), "statistics.total." + source.name(), source.money(), current, previous));
        }
        return rows;
    }

    private static List<MonthFigures> months(StatisticsFilter f, Map<Source, List<Object[]>> monthly) {
        Map<YearMonth, Map<Source, Object[]>> byMonth = new HashMap<>();
        Map<YearMonth, Long> cluesBefore = new HashMap<>();
        monthly.forEach((source, rows) -> rows.forEach(r -> {
            YearMonth m = StatisticsRepository.month(r[0]);
            byMonth.computeIfAbsent(m, k -> new EnumMap<>(Source.class)).put(source, r);
            if (source == Source.CLUES) {
                cluesBefore.merge(m.plusYears(1), ((Number) r[2]).longValue(), Long::sum);
            }
        }));
        List<MonthFigures> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(f.from()); !m.isAfter(YearMonth.from(f.to())); m = m.plusMonths(1)) {
            Map<Source, Object[]> rows = byMonth.getOrDefault(m, Map.of());
            months.add(new MonthFigures(m, current(rows.get(Source.CLUES)), cluesBefore.getOrDefault(m, 0L),
                    current(rows.get(Source.CASES_OPENED)), current(rows.get(Source.CASES_CONCLUDED)),
                    amount(rows.get(Source.LOSSES)), current(rows.get(Source.PEOPLE)),
                    current(rows.get(Source.RECTIFICATIONS_DONE)), amount(rows.get(Source.RECOVERED)),
                    current(rows.get(Source.REPORTS_LATE))));
        }
        return months;
    }

    private static long current(Object[] row) {
        return row == null ? 0 : ((Number) row[1]).longValue();
    }

    private static BigDecimal amount(Object[] row) {
        return row == null || row[3] == null ? BigDecimal.ZERO : (BigDecimal) row[3];
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** The chosen enterprise, or the caller's own (the first of their scope's roots); outside the scope: not found. */
    private Unit unit(Scope scope, StatisticsFilter f) {
        String code = f.enterprise() != null ? f.enterprise() : scope.rootCodes().isEmpty() ? null : scope.rootCodes().get(0);
        if (code == null) {
            throw AccountabilityException.notFound();
        }
        return repository.unit(scope, code).orElseThrow(AccountabilityException::notFound);
    }

    /** The handling period's last day for every day a case of the figures was opened. */
    private Deadlines deadlines(Scope scope, Unit unit, StatisticsFilter f) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = f.to().isBefore(today) ? f.to() : today;
        Map<LocalDate, LocalDate> due = new LinkedHashMap<>();
        LocalDate first = repository.firstOpened(scope, unit, f);
        int days = Settings.caseWorkingDays();
        if (first != null) {
            for (LocalDate d = first; !d.isAfter(f.to()); d = d.plusDays(1)) {
                due.put(d, workingDays.plusWorkingDays(d, days));
            }
        }
        return new Deadlines(due, asOf);
    }

    /** Per subsidiary: clues, concluded, on time, overdue, loss cases. */
    private static long[] child(Map<String, long[]> perChild, String id) {
        return perChild.computeIfAbsent(id == null ? "" : id, k -> new long[5]);
    }

    private static EnterpriseIndicators indicators(Unit unit, boolean own, long[] n, BigDecimal losses,
                                                   FollowUpFigures.FollowUps more, String id) {
        long[] v = n == null ? new long[5] : n;
        long[] m = more.counts().getOrDefault(id, new long[2]);
        return new EnterpriseIndicators(unit.code(), unit.name(), own, v[0], v[4], losses == null ? BigDecimal.ZERO : losses,
                v[1], v[2], v[3], more.recovered().getOrDefault(id, BigDecimal.ZERO), m[0], m[1]);
    }

    private static Map<String, Object> facts(StatisticsFilter f) {
        Map<String, Object> facts = new LinkedHashMap<>();
        // not from/to: the audit log reads those as a transfer's or a ledger's
        facts.put("periodFrom", f.from().toString());
        facts.put("periodTo", f.to().toString());
        facts.put("enterprise", f.enterprise());
        return facts;
    }
}
