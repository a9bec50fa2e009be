package com.soegroup.accountability.statistics;

import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.statistics.StatisticsRepository.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The statements of the figures that follow a case up — clues by circumstance area, rectifications, loss recovery,
 * incident reports — in SQL aggregates over those areas' tables with their own scope and recusal predicates
 * (rectification.RectificationRepository, recovery.RecoveryRepository, report.IncidentRepository), grouped like
 * {@link StatisticsRepository} by the subsidiary a record belongs to.
 */
@ApplicationScoped
public class FollowUpRepository {

    /** What a case recovered, each event or claw-back with its day (reversals are negative events). */
    static final String RECOVERIES = "(SELECT e.investigation_id, e.recovered_on, e.amount FROM recovery_event e UNION ALL "
            + "SELECT dd.investigation_id, dr.recovered_on, dr.amount FROM decision_recovery dr "
            + "JOIN decision dd ON dd.id = dr.decision_id) rv";

    /** The state of a task due in the period at {@code :asOf}: verified within or past its deadline, overdue, pending. */
    static final String RECTIFICATION_STATE = "CASE WHEN r.verified_on <= :asOf AND r.verified_on <= r.deadline THEN 'ON_TIME' "
            + "WHEN r.verified_on <= :asOf THEN 'LATE' WHEN r.deadline < :asOf THEN 'OVERDUE' ELSE 'PENDING' END";

    /** The stages whose clock runs until they are sent (progress reports have none). */
    /**
     * A report whose stage under way has a clock: the first three stages, while the report lasts (one merged into
     * another's, or closed, is reported under the other or no more, as the register says).
     */
    static final String CLOCKED = "r.kind IN ('FLASH', 'REAL_TIME', 'PRELIMINARY') AND r.state NOT IN ('CLOSED', 'MERGED')";

    static final String GRANTED = "CASE WHEN r.extension_approved AND r.kind = 'PRELIMINARY' THEN coalesce(r.extension_days, 0) ELSE 0 END";

    @PersistenceContext
    private EntityManager em;

    /**
     * Rectification tasks due in the period, by measure, by state at {@code asOf} and by state and subsidiary:
     * [grouping(measure), grouping(state), measure, state, subsidiary, count].
     */
    public List<Object[]> rectifications(Scope scope, Unit unit, StatisticsFilter f, LocalDate asOf) {
        Scope.Condition where = rectificationAccess(scope, unit)
                .and(StatisticsRepository.between("r.deadline", f.from(), f.to(), "stat"))
                .and(new Scope.Condition("1 = 1", Map.of("asOf", asOf)));
        return rows(where, "SELECT GROUPING(x.measure), GROUPING(x.state), x.measure, x.state, x.child, count(*) FROM ("
                + "SELECT r.measure, " + RECTIFICATION_STATE + " AS state, " + StatisticsRepository.child(unit) + " AS child "
                + "FROM rectification r JOIN enterprise o ON o.id = r.owner_enterprise_id WHERE " + where + ") x "
                + "GROUP BY GROUPING SETS ((x.measure), (x.state, x.child))");
    }

    /**
     * Loss recovery by subsidiary: [figure, subsidiary, cases, amount] — DETERMINED (losses with a level determined in
     * the period), RECOVERED (events and claw-backs in the period, reversals deducted), OUTSTANDING (each case's
     * balance at the period's end, never below zero, what a leader approved as irrecoverable deducted).
     */
    public List<Object[]> recovery(Scope scope, Unit unit, StatisticsFilter f) {
        Scope.Condition where = StatisticsRepository.caseAccessOf(scope, unit)
                .and(new Scope.Condition("1 = 1", Map.of("statFrom", f.from(), "statTo", f.to())));
        String cases = " JOIN investigation i ON i.id = d.investigation_id JOIN enterprise o ON o.id = i.owner_enterprise_id ";
        String child = StatisticsRepository.child(unit);
        return rows(where, "SELECT 'DETERMINED', " + child + ", count(*), coalesce(sum(d.counted_amount), 0) "
                + "FROM loss_determination d" + cases + "WHERE " + where + " AND d.level IS NOT NULL "
                + "AND d.determination_date BETWEEN :statFrom AND :statTo GROUP BY 2 "
                + "UNION ALL SELECT 'RECOVERED', " + child + ", count(DISTINCT i.id), coalesce(sum(rv.amount), 0) FROM " + RECOVERIES
                + " JOIN investigation i ON i.id = rv.investigation_id JOIN enterprise o ON o.id = i.owner_enterprise_id "
                + "WHERE " + where + " AND rv.recovered_on BETWEEN :statFrom AND :statTo GROUP BY 2 "
                + "UNION ALL SELECT 'OUTSTANDING', y.child, count(*) FILTER (WHERE y.balance > 0), coalesce(sum(y.balance), 0) "
                + "FROM (SELECT " + child + " AS child, " + BALANCE + " AS balance FROM loss_determination d" + cases + SETTLED
                + " WHERE " + where + " AND d.level IS NOT NULL AND d.determination_date <= :statTo) y GROUP BY 2");
    }

    /**
     * What each case has recovered by {@code :statTo}, what a leader approved as irrecoverable by then included, as a
     * table {@code rb} (investigation_id, amount) to join: summed once for all cases, not once per case.
     */
    static final String SETTLED = "LEFT JOIN (SELECT b.investigation_id, sum(b.amount) AS amount FROM ("
            + "SELECT e.investigation_id, e.amount FROM recovery_event e WHERE e.recovered_on <= :statTo "
            + "UNION ALL SELECT dd.investigation_id, dr.amount FROM decision_recovery dr JOIN decision dd ON dd.id = dr.decision_id "
            + "WHERE dr.recovered_on <= :statTo "
            + "UNION ALL SELECT rc.investigation_id, rc.irrecoverable_amount FROM recovery_case rc WHERE rc.irrecoverable_status = 'APPROVED' "
            + "AND CAST(rc.decided_at AT TIME ZONE 'Asia/Shanghai' AS DATE) <= :statTo) b GROUP BY 1) rb ON rb.investigation_id = i.id";

    /** A case's balance at {@code :statTo} (the case {@code i}, its determination {@code d}, joined to {@link #SETTLED}). */
    static final String BALANCE = "GREATEST(0, d.counted_amount - coalesce(rb.amount, 0))";

    /** Incident report stages with a deadline sent in the period: [ON_TIME or LATE, subsidiary, count]. */
    public List<Object[]> reportsSent(Scope scope, Unit unit, StatisticsFilter f) {
        Scope.Condition where = incidentAccess(scope, unit).and(StatisticsRepository.between("s.sent_on", f.from(), f.to(), "stat"));
        return rows(where, "SELECT CASE WHEN s.sent_on <= s.due_on THEN 'ON_TIME' ELSE 'LATE' END, "
                + StatisticsRepository.child(unit) + ", count(*) FROM incident_report_sent s "
                + "JOIN incident_report r ON r.id = s.report_id JOIN enterprise o ON o.id = r.enterprise_id "
                + "WHERE " + where + " AND s.due_on IS NOT NULL GROUP BY 1, 2");
    }

    /**
     * The stages under way with a clock, raised by the period's end: [subsidiary, found on, stage, extension granted,
     * count] — the service computes their deadlines in working days, which SQL does not know.
     */
    public List<Object[]> reportsUnsent(Scope scope, Unit unit, StatisticsFilter f) {
        Scope.Condition where = incidentAccess(scope, unit).and(new Scope.Condition("r.raised_on <= :statTo", Map.of("statTo", f.to())));
        return rows(where, "SELECT " + StatisticsRepository.child(unit) + ", r.found_on, r.kind, " + GRANTED + ", count(*) "
                + "FROM incident_report r JOIN enterprise o ON o.id = r.enterprise_id WHERE " + where + " AND " + CLOCKED
                + " GROUP BY 1, 2, 3, 4");
    }

    // --- the lists behind the figures -------------------------------------------------------------------------

    /** Rectification tasks due in the period in a state or of a measure: [number, requirement, enterprise, deadline, verified]. */
    public List<Object[]> rectificationList(Scope scope, Unit unit, StatisticsFilter f, LocalDate asOf, String state,
                                            String measure, int first, int max, long[] total) {
        Scope.Condition where = rectificationAccess(scope, unit)
                .and(StatisticsRepository.between("r.deadline", f.from(), f.to(), "stat"))
                .and(state == null ? Scope.Condition.ALWAYS : new Scope.Condition(RECTIFICATION_STATE + " = :statState",
                        Map.of("asOf", asOf, "statState", state)));
        if (measure != null) {
            where = where.and(new Scope.Condition("r.measure = :statMeasure", Map.of("statMeasure", measure)));
        }
        return page(where, "rectification r JOIN enterprise o ON o.id = r.owner_enterprise_id",
                "r.rectification_no, r.department || '：' || left(r.requirement, 60), o.full_name, r.deadline, r.verified_on",
                "4 DESC, r.id DESC", first, max, total);
    }

    /** The cases behind a recovery figure: [case number, title, enterprise, date, amount]. */
    public List<Object[]> recoveryList(Scope scope, Unit unit, StatisticsFilter f, String figure, int first, int max, long[] total) {
        Scope.Condition where = StatisticsRepository.caseAccessOf(scope, unit).and(new Scope.Condition("1 = 1",
                "OUTSTANDING".equals(figure) ? Map.of("statTo", f.to()) : Map.of("statFrom", f.from(), "statTo", f.to())));
        String cases = " JOIN investigation i ON i.id = d.investigation_id JOIN enterprise o ON o.id = i.owner_enterprise_id";
        return switch (figure) {
            case "RECOVERED" -> page(where, "(SELECT rv.investigation_id, max(rv.recovered_on) AS last_on, sum(rv.amount) AS amount "
                            + "FROM " + RECOVERIES + " WHERE rv.recovered_on BETWEEN :statFrom AND :statTo GROUP BY 1) d" + cases,
                    "i.case_no, i.title, o.full_name, d.last_on, d.amount", "4 DESC, i.id DESC", first, max, total);
            case "OUTSTANDING" -> page(where.and(new Scope.Condition(BALANCE + " > 0", Map.of())),
                    "loss_determination d" + cases + " AND d.level IS NOT NULL AND d.determination_date <= :statTo " + SETTLED,
                    "i.case_no, i.title, o.full_name, d.determination_date, " + BALANCE, "4 DESC, i.id DESC", first, max, total);
            default -> page(where, "loss_determination d" + cases
                            + " AND d.level IS NOT NULL AND d.determination_date BETWEEN :statFrom AND :statTo",
                    "i.case_no, i.title, o.full_name, d.determination_date, d.counted_amount", "4 DESC, i.id DESC", first, max, total);
        };
    }

    /** Stages sent in the period within or past their deadline: [report number, stage, enterprise, sent on, due on]. */
    public List<Object[]> reportSentList(Scope scope, Unit unit, StatisticsFilter f, boolean late, int first, int max, long[] total) {
        Scope.Condition where = incidentAccess(scope, unit).and(StatisticsRepository.between("s.sent_on", f.from(), f.to(), "stat"))
                .and(new Scope.Condition(late ? "s.sent_on > s.due_on" : "s.sent_on <= s.due_on", Map.of()));
        return page(where, "incident_report_sent s JOIN incident_report r ON r.id = s.report_id JOIN enterprise o ON o.id = r.enterprise_id",
                "r.report_no, s.kind, o.full_name, s.sent_on, s.due_on", "4 DESC, s.id DESC", first, max, total);
    }

    /**
     * Stages under way past their deadline, matched to the table of (found on, stage, extension → deadline) the
     * service computed: [report number, stage, enterprise, found on, deadline].
     */
    public List<Object[]> reportOverdueList(Scope scope, Unit unit, StatisticsFilter f, Scope.Condition dueTable, String table,
                                            int first, int max, long[] total) {
        Scope.Condition where = incidentAccess(scope, unit).and(new Scope.Condition("r.raised_on <= :statTo", Map.of("statTo", f.to())))
                .and(dueTable).and(new Scope.Condition(CLOCKED, Map.of()));
        return page(where, "incident_report r JOIN enterprise o ON o.id = r.enterprise_id JOIN " + table
                        + " ON rd.found = r.found_on AND rd.kind = r.kind AND rd.granted = " + GRANTED,
                "r.report_no, r.kind, o.full_name, r.found_on, rd.due", "5 ASC, r.id DESC", first, max, total);
    }

    // --- predicates -------------------------------------------------------------------------------------------

    /** A task of the owner enterprise {@code o}; one from a case hidden like the case from those involved in it. */
    static Scope.Condition rectificationAccess(Scope scope, Unit unit) {
        return StatisticsRepository.inUnit(unit).and(orNone("r.investigation_id",
                scope.notInvolvedSql(StatisticsRepository.CASE_OBJECT_TYPE, "r.investigation_id")));
    }

    /** A report of the enterprise {@code o}; hidden from those involved in its clue or its case. */
    static Scope.Condition incidentAccess(Scope scope, Unit unit) {
        return StatisticsRepository.inUnit(unit)
                .and(orNone("r.clue_id", scope.notInvolvedSql(StatisticsRepository.CLUE_OBJECT_TYPE, "r.clue_id")))
                .and(orNone("r.investigation_id", scope.notInvolvedSql(StatisticsRepository.CASE_OBJECT_TYPE, "r.investigation_id")));
    }

    /** A recusal predicate that lets a record without the object through (NOT IN is unknown for NULL). */
    private static Scope.Condition orNone(String column, Scope.Condition recusal) {
        return recusal.jpql().equals(Scope.Condition.ALWAYS.jpql()) ? recusal
                : new Scope.Condition("(" + column + " IS NULL OR " + recusal.jpql() + ")", recusal.parameters());
    }

    private List<Object[]> page(Scope.Condition where, String from, String columns, String order, int first, int max, long[] total) {
        total[0] = ((Number) where.bind(em.createNativeQuery("SELECT count(*) FROM " + from + " WHERE " + where))
                .getSingleResult()).longValue();
        List<Object[]> rows = new ArrayList<>();
        if (total[0] > first) {
            Query page = where.bind(em.createNativeQuery("SELECT " + columns + " FROM " + from + " WHERE " + where + " ORDER BY " + order));
            for (Object row : page.setFirstResult(first).setMaxResults(max).getResultList()) {
                rows.add((Object[]) row);
            }
        }
        return rows;
    }

    private List<Object[]> rows(Scope.Condition where, String sql) {
        List<Object[]> rows = new ArrayList<>();
        for (Object row : where.bind(em.createNativeQuery(sql)).getResultList()) {
            rows.add(row instanceof Object[] r ? r : new Object[]{row});
        }
        return rows;
    }

    static BigDecimal amount(Object value) {
        return value == null ? BigDecimal.ZERO : (BigDecimal) value;
    }
}
