package com.soegroup.accountability.statistics;

import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.statistics.MonthlyCounts.Counted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The statements of the statistics: aggregates in SQL over the other areas' tables, each with its area's own
 * predicates — the handling unit in the caller's scope (clue.ClueRepository, investigation.InvestigationRepository,
 * decision.DecisionRepository for the case roles) and inside the chosen subtree, never a record of a case the
 * caller is involved in (the same recusal rows: CLUE for clues, INVESTIGATION for cases and their decisions).
 * <p>
 * Every aggregate also groups by the subsidiary a record belongs to — the first step of its handling unit's path
 * below the chosen enterprise, {@code ''} for the enterprise's own records — so that the dashboard's totals and the
 * per-enterprise indicators come from one reading.
 */
@ApplicationScoped
public class StatisticsRepository {

    static final String CLUE_OBJECT_TYPE = "CLUE";
    static final String CASE_OBJECT_TYPE = "INVESTIGATION";

    /** Fault tolerance applied: an approved evaluation whose outcome is lighter than the standard. */
    static final String TOLERATED = "f.status = 'APPROVED' AND f.outcome IN ('LIGHTER', 'MITIGATED', 'EXEMPTED')";

    static final String TOLERATED_ON = "CAST(f.approved_at AT TIME ZONE 'Asia/Shanghai' AS DATE)";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MonthlyCounts counts;

    /**
     * Has PostgreSQL plan this transaction's statements for their parameters every time. A statistic's best plan
     * depends on them (a subtree of one enterprise or the group, a month or three years: a newest-first page stops
     * after fifty rows of a large set, a small set is better read by its index), and the generic plan PostgreSQL turns
     * to after five executions of a prepared statement guesses them: the page of fifty decisions behind a measure
     * took 150 ms that way instead of 5. Planning each costs a millisecond.
     */
    public void planForTheParameters() {
        em.createNativeQuery("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)").getSingleResult();
    }

    /** The enterprise the figures are of, by code, if the caller's scope covers it. */
    public Optional<Unit> unit(Scope scope, String code) {
        Scope.Condition within = scope.within("e.path");
        Query q = em.createNativeQuery("SELECT e.id, e.code, e.full_name, e.path FROM enterprise e WHERE e.code = :code AND "
                + within);
        List<?> rows = within.bind(q).setParameter("code", code).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        String path = (String) r[3];
        // the enterprises the figures count, by id: a record's handling unit is matched against them rather than its
        // path against two patterns, whose share of rows PostgreSQL cannot estimate (it took a group for a handful
        // of records and probed a hundred thousand cases one by one)
        List<Long> subtree = new ArrayList<>();
        for (Object id : within.bind(em.createNativeQuery("SELECT e.id FROM enterprise e WHERE e.path LIKE :under AND " + within))
                .setParameter("under", path + "%").getResultList()) {
            subtree.add(((Number) id).longValue());
        }
        return Optional.of(new Unit(((Number) r[0]).longValue(), (String) r[1], (String) r[2], path, List.copyOf(subtree)));
    }

    /** The direct subsidiaries of the enterprise, by the id the aggregates group by. */
    public Map<String, Unit> subsidiaries(Unit unit) {
        Map<String, Unit> children = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT e.id, e.code, e.full_name, e.path FROM enterprise e "
                + "WHERE e.parent_id = :parent ORDER BY e.code").setParameter("parent", unit.id()).getResultList()) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            children.put(Long.toString(id), new Unit(id, (String) r[1], (String) r[2], (String) r[3], List.of()));
        }
        return children;
    }

    // --- aggregates -------------------------------------------------------------------------------------------

    /** Per month from a year before the period to its end: [month, count in period, count a year before, amount, amount before]. */
    public List<Object[]> monthly(Scope scope, Unit unit, StatisticsFilter f, Source source) {
        if (source.counted != null) {
            return countedMonthly(scope, unit, f, source.counted);
        }
        LocalDate from = f.from().minusYears(1);
        Scope.Condition where = source.access(this, scope, unit).and(between(source.date, from, f.to(), "stat"));
        String current = "x.d >= :curFrom";
        String previous = "x.d <= :prevTo";
        Scope.Condition all = where.and(new Scope.Condition("1 = 1", Map.of("curFrom", f.from(), "prevTo", f.to().minusYears(1))));
        // by day first (a plain aggregate over the index), then the days into months and the two years
        return rows(all, "SELECT CAST(date_trunc('month', x.d) AS date), coalesce(sum(x.n) FILTER (WHERE " + current + "), 0), "
                + "coalesce(sum(x.n) FILTER (WHERE " + previous + "), 0), "
                + "coalesce(sum(x.a) FILTER (WHERE " + current + "), 0), "
                + "coalesce(sum(x.a) FILTER (WHERE " + previous + "), 0) "
                + "FROM (SELECT " + source.date + " AS d, count(*) AS n, sum(" + source.amount + ") AS a FROM " + source.from
                + " WHERE " + all + " GROUP BY 1) x GROUP BY 1");
    }

    /** The same from the counts kept per month: each clue has one source, each person held one responsibility. */
    private List<Object[]> countedMonthly(Scope scope, Unit unit, StatisticsFilter f, Counted counted) {
        Set<String> one = Set.of(counted == Counted.CLUES ? "source" : "responsibility");
        Map<YearMonth, long[]> months = new TreeMap<>();
        for (MonthlyCounts.Count c : counts.counts(scope, unit, counted, f.from(), f.to(), one, true, false)) {
            months.computeIfAbsent(c.month(), m -> new long[2])[0] += c.n();
        }
        for (MonthlyCounts.Count c : counts.counts(scope, unit, counted, f.from().minusYears(1), f.to().minusYears(1), one, true, false)) {
            months.computeIfAbsent(c.month(), m -> new long[2])[1] += c.n();
        }
        List<Object[]> rows = new ArrayList<>();
        months.forEach((m, n) -> rows.add(new Object[]{m.atDay(1), n[0], n[1], BigDecimal.ZERO, BigDecimal.ZERO}));
        return rows;
    }

    /** Cases concluded in the period: [subsidiary, opened on, concluded on, count]. */
    public List<Object[]> concluded(Scope scope, Unit unit, StatisticsFilter f) {
        Scope.Condition where = caseAccess(scope, unit).and(between("i.concluded_on", f.from(), f.to(), "stat"));
        return rows(where, "SELECT " + child(unit) + ", i.opened_on, i.concluded_on, count(*) FROM investigation i "
                + "JOIN enterprise o ON o.id = i.owner_enterprise_id WHERE " + where + " GROUP BY 1, 2, 3");
    }

    /** Cases open at the end of the period: [subsidiary, opened on, count]. */
    public List<Object[]> openAtEnd(Scope scope, Unit unit, StatisticsFilter f) {
        Scope.Condition where = caseAccess(scope, unit).and(openAt(f.to()));
        return rows(where, "SELECT " + child(unit) + ", i.opened_on, count(*) FROM investigation i "
                + "JOIN enterprise o ON o.id = i.owner_enterprise_id WHERE " + where + " GROUP BY 1, 2");
    }

    /** Losses determined in the period by level and by subsidiary: [grouping(level), level, subsidiary, cases, amount]. */
    public List<Object[]> losses(Scope scope, Unit unit, StatisticsFilter f) {
        Scope.Condition where = caseAccess(scope, unit).and(between("l.determination_date", f.from(), f.to(), "stat"));
        return rows(where, "SELECT GROUPING(x.level), x.level, x.child, count(*), coalesce(sum(x.counted_amount), 0) "
                + "FROM (SELECT l.level, l.counted_amount, " + child(unit) + " AS child FROM loss_determination l "
                + "JOIN investigation i ON i.id = l.investigation_id JOIN enterprise o ON o.id = i.owner_enterprise_id "
                + "WHERE " + where + ") x GROUP BY GROUPING SETS ((x.level), (x.child))");
    }

    /** Fault tolerance applied in the period, by outcome: [outcome, count]. */
    public List<Object[]> faultTolerance(Scope scope, Unit unit, StatisticsFilter f) {
        Scope.Condition where = caseAccess(scope, unit).and(between(TOLERATED_ON, f.from(), f.to(), "stat"));
        return rows(where, "SELECT f.outcome, count(*) FROM fault_tolerance_evaluation f "
                + "JOIN investigation i ON i.id = f.investigation_id JOIN enterprise o ON o.id = i.owner_enterprise_id "
                + "WHERE " + where + " AND " + TOLERATED + " GROUP BY 1");
    }

    // --- the lists behind the figures -------------------------------------------------------------------------

    /**
     * A page of the cases, losses, decisions or tolerated subjects behind a figure, newest first. {@code deadlines}
     * (opened on → due) when the list is of cases within, past or still open past their handling period;
     * {@code knownTotal} when the figure's count is already known (else counted here).
     */
    public DrillPage list(Scope scope, Unit unit, StatisticsFilter f, DrillTarget target, Map<String, String> p,
                          Deadlines deadlines, BiFunction<LocalDate, LocalDate, Integer> lateness, Long knownTotal,
                          int first, int max) {
        Scope.Condition where;
        String from;
        String columns;
        String order;
        String key;
        switch (target) {
            case CASES -> {
                String kind = p.getOrDefault("kind", "OPENED");
                where = caseAccess(scope, unit);
                from = "investigation i JOIN enterprise o ON o.id = i.owner_enterprise_id";
                switch (kind) {
                    case "CONCLUDED" -> where = where.and(between("i.concluded_on", f.from(), f.to(), "stat"));
                    case "ON_TIME", "LATE" -> {
                        where = where.and(between("i.concluded_on", f.from(), f.to(), "stat"));
                        from += " JOIN " + Deadlines.TABLE + " ON dl.opened = i.opened_on";
                        where = where.and(deadlines.parameters()).and(new Scope.Condition("ON_TIME".equals(kind)
                                ? "i.concluded_on <= dl.due" : "i.concluded_on > dl.due", Map.of()));
                    }
                    case "OVERDUE" -> {
                        where = where.and(openAt(f.to()));
                        from += " JOIN " + Deadlines.TABLE + " ON dl.opened = i.opened_on";
                        where = where.and(deadlines.parameters()).and(new Scope.Condition("dl.due < :asOf",
                                Map.of("asOf", deadlines.asOf())));
                    }
                    default -> where = where.and(between("i.opened_on", f.from(), f.to(), "stat"));
                }
                String date = switch (kind) {
                    case "CONCLUDED", "ON_TIME", "LATE" -> "i.concluded_on";
                    default -> "i.opened_on";
                };
                columns = "i.case_no, i.title, o.full_name, " + date + ", NULL, i.opened_on";
                key = "i.id";
                order = date + " DESC, i.id DESC";
            }
            case LOSSES -> {
                where = caseAccess(scope, unit).and(between("l.determination_date", f.from(), f.to(), "stat"));
                String level = p.get("level");
                if ("NONE".equals(level)) {
                    where = where.and(new Scope.Condition("l.level IS NULL", Map.of()));
                } else if (level != null) {
                    where = where.and(new Scope.Condition("l.level = :statLevel", Map.of("statLevel", level)));
                }
                from = "loss_determination l JOIN investigation i ON i.id = l.investigation_id "
                        + "JOIN enterprise o ON o.id = i.owner_enterprise_id";
                columns = "i.case_no, i.title, o.full_name, l.determination_date, l.counted_amount, NULL";
                key = "l.investigation_id";
                order = "l.determination_date DESC, l.investigation_id DESC";
            }
            case DECISIONS -> {
                // whether the decision holds its person accountable (approved or in force, not exempted, not revoked or
                // replaced on appeal), as the row says of itself: kept by V58's triggers (stat_decision_holds)
                where = decisionAccess(scope, unit).and(between("d.approved_on", f.from(), f.to(), "stat"))
                        .and(new Scope.Condition("d.stat_held", Map.of()));
                if (p.get("responsibility") != null) {
                    where = where.and(new Scope.Condition("d.responsibility = :statResp", Map.of("statResp", p.get("responsibility"))));
                }
                if (p.get("measure") != null) {
                    where = where.and(new Scope.Condition(":statMeasure = ANY (string_to_array(d.measures, ','))",
                            Map.of("statMeasure", p.get("measure"))));
                }
                if (p.get("postLevel") != null) {
                    where = where.and(new Scope.Condition("coalesce(d.stat_post_level, '') = :statPost",
                            Map.of("statPost", p.get("postLevel"))));
                }
                from = "decision d JOIN enterprise o ON o.id = d.owner_enterprise_id";
                columns = "d.decision_no, d.person_name, o.full_name, d.approved_on, NULL, NULL";
                key = "d.id";
                order = "d.approved_on DESC, d.id DESC";
            }
            case FAULT_TOLERANCE -> {
                where = caseAccess(scope, unit).and(between(TOLERATED_ON, f.from(), f.to(), "stat"))
                        .and(new Scope.Condition(TOLERATED, Map.of()));
                if (p.get("outcome") != null) {
                    where = where.and(new Scope.Condition("f.outcome = :statOutcome", Map.of("statOutcome", p.get("outcome"))));
                }
                from = "fault_tolerance_evaluation f JOIN investigation i ON i.id = f.investigation_id "
                        + "JOIN investigation_subject s ON s.id = f.subject_id JOIN enterprise o ON o.id = i.owner_enterprise_id";
                columns = "i.case_no, s.name, o.full_name, " + TOLERATED_ON + ", NULL, NULL";
                key = "f.id";
                order = TOLERATED_ON + " DESC, f.id DESC";
            }
            default -> throw new IllegalArgumentException(target.name());
        }
        long total = knownTotal != null ? knownTotal
                : ((Number) where.bind(em.createNativeQuery("SELECT count(*) FROM " + from + " WHERE " + where)).getSingleResult()).longValue();
        List<DrillRow> items = new ArrayList<>();
        if (total > first) {
            // the page's keys first, from the filtered records alone (the indexes cover them), then their columns: a
            // page of the newest of fifty thousand decisions need not read fifty thousand rows of the table
            Query page = em.createNativeQuery("SELECT " + columns + " FROM " + from + " WHERE " + key + " IN (SELECT " + key
                    + " FROM " + from + " WHERE " + where + " ORDER BY " + order + " LIMIT :pageMax OFFSET :pageFirst) ORDER BY " + order);
            where.bind(page).setParameter("pageMax", max).setParameter("pageFirst", first);
            for (Object row : page.getResultList()) {
                Object[] r = (Object[]) row;
                LocalDate opened = date(r[5]);
                items.add(new DrillRow((String) r[0], (String) r[1], (String) r[2], date(r[3]), (BigDecimal) r[4],
                        opened == null || lateness == null ? 0 : lateness.apply(opened, date(r[3]))));
            }
        }
        return new DrillPage(total, items);
    }

    /** The first day a case open at the end of the period, or concluded in it, was opened (for the deadline table). */
    public LocalDate firstOpened(Scope scope, Unit unit, StatisticsFilter f) {
        Scope.Condition where = caseAccess(scope, unit).and(new Scope.Condition(
                "(i.concluded_on IS NULL OR i.concluded_on >= :statFrom) AND i.opened_on <= :statTo",
                Map.of("statFrom", f.from(), "statTo", f.to())));
        Object first = where.bind(em.createNativeQuery("SELECT min(i.opened_on) FROM investigation i "
                + "JOIN enterprise o ON o.id = i.owner_enterprise_id WHERE " + where)).getSingleResult();
        return date(first);
    }

    // --- predicates -------------------------------------------------------------------------------------------

    /** The handling unit ({@code o}) in the scope and in the chosen subtree: one of the unit's {@code subtree}. */
    static Scope.Condition inUnit(Unit unit) {
        return new Scope.Condition("o.id IN (:statUnits)", Map.of("statUnits", unit.subtree()));
    }

    Scope.Condition caseAccess(Scope scope, Unit unit) {
        return caseAccessOf(scope, unit);
    }

    static Scope.Condition caseAccessOf(Scope scope, Unit unit) {
        return inUnit(unit).and(scope.notInvolvedSql(CASE_OBJECT_TYPE, "i.id"));
    }

    Scope.Condition decisionAccess(Scope scope, Unit unit) {
        return inUnit(unit).and(scope.notInvolvedSql(CASE_OBJECT_TYPE, "d.investigation_id"));
    }

    private static Scope.Condition openAt(LocalDate end) {
        return new Scope.Condition("i.opened_on <= :statEnd AND (i.concluded_on IS NULL OR i.concluded_on > :statEnd)",
                Map.of("statEnd", end));
    }

    static Scope.Condition between(String column, LocalDate from, LocalDate to, String prefix) {
        return new Scope.Condition(column + " BETWEEN :" + prefix + "From AND :" + prefix + "To",
                Map.of(prefix + "From", from, prefix + "To", to));
    }

    /** The subsidiary a record's handling unit ({@code o}) belongs to: the id after the chosen enterprise's path. */
    static String child(Unit unit) {
        return "split_part(substr(o.path, " + (unit.path().length() + 1) + "), '/', 1)";
    }

    List<Object[]> rows(Scope.Condition where, String sql) {
        List<Object[]> rows = new ArrayList<>();
        for (Object row : where.bind(em.createNativeQuery(sql)).getResultList()) {
            rows.add(row instanceof Object[] r ? r : new Object[]{row});
        }
        return rows;
    }

    static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        if (value instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        if (value instanceof OffsetDateTime t) {
            return t.toLocalDate();
        }
        if (value instanceof Instant t) {
            return LocalDate.ofInstant(t, ZoneId.of("Asia/Shanghai"));
        }
        return value instanceof Date d ? d.toLocalDate() : null;
    }

    static YearMonth month(Object value) {
        LocalDate d = date(value);
        return d == null ? null : YearMonth.from(d);
    }

    /**
     * An enterprise the figures are of: its id, code, name and tree path, and the ids of the enterprises of its subtree
     * in the caller's scope (itself included; none for a subsidiary named in the indicators).
     */
    public record Unit(long id, String code, String name, String path, List<Long> subtree) {
    }

    /** A table whose records the monthly trend counts: its FROM with the handling unit {@code o}, date and amount. */
    public enum Source {
        CLUES(Counted.CLUES),
        CASES_OPENED("investigation i JOIN enterprise o ON o.id = i.owner_enterprise_id", "i.opened_on", "0"),
        CASES_CONCLUDED("investigation i JOIN enterprise o ON o.id = i.owner_enterprise_id", "i.concluded_on", "0"),
        LOSSES("loss_determination l JOIN investigation i ON i.id = l.investigation_id "
                + "JOIN enterprise o ON o.id = i.owner_enterprise_id", "l.determination_date", "l.counted_amount"),
        PEOPLE(Counted.PEOPLE),
        RECTIFICATIONS_DONE("rectification r JOIN enterprise o ON o.id = r.owner_enterprise_id", "r.verified_on", "0"),
        RECOVERED(FollowUpRepository.RECOVERIES + " JOIN investigation i ON i.id = rv.investigation_id "
                + "JOIN enterprise o ON o.id = i.owner_enterprise_id", "rv.recovered_on", "rv.amount"),
        REPORTS_LATE("incident_report_sent s JOIN incident_report r ON r.id = s.report_id "
                + "JOIN enterprise o ON o.id = r.enterprise_id", "s.sent_on", "0");

        final String from;
        final String date;
        final String amount;
        /** Counted per month in stat_month: read there ({@link MonthlyCounts}), not from the records. */
        final Counted counted;

        Source(String from, String date, String amount) {
            this(from, date, amount, null);
        }

        Source(Counted counted) {
            this(null, null, "0", counted);
        }

        private Source(String from, String date, String amount, Counted counted) {
            this.from = from;
            this.date = date;
            this.amount = amount;
            this.counted = counted;
        }

        Scope.Condition access(StatisticsRepository r, Scope scope, Unit unit) {
            return switch (this) {
                case CLUES, PEOPLE -> throw new IllegalStateException(name() + " is read from the kept counts");
                case CASES_OPENED, CASES_CONCLUDED, LOSSES -> r.caseAccess(scope, unit);
                case RECTIFICATIONS_DONE -> FollowUpRepository.rectificationAccess(scope, unit);
                case RECOVERED -> caseAccessOf(scope, unit);
                case REPORTS_LATE -> FollowUpRepository.incidentAccess(scope, unit)
                        .and(new Scope.Condition("s.sent_on > s.due_on", Map.of()));
            };
        }

        /** Whether the trend counts money (the amount column) rather than records. */
        boolean money() {
            return !"0".equals(amount);
        }
    }
}
