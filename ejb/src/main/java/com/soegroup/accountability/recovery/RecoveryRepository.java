package com.soegroup.accountability.recovery;

import com.soegroup.accountability.investigation.Investigation;
import com.soegroup.accountability.investigation.InvestigationRepository;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Queries of loss recovery. Methods that take a loaded {@link Investigation} expect one that came through
 * {@code CaseAccess} (scope, team and recusal checked); the lists across cases add the case's scope and recusal
 * themselves (native SQL: the sums are aggregates, never lists of entities).
 */
@ApplicationScoped
public class RecoveryRepository {

    /** A case's recovered sum in SQL (the case aliased {@code i}): its events, reversals deducted, and HR's claw-backs. */
    private static final String RECOVERED_SQL = "(COALESCE((SELECT SUM(e.amount) FROM recovery_event e WHERE e.investigation_id = i.id), 0) "
            + "+ COALESCE((SELECT SUM(r.amount) FROM decision_recovery r JOIN decision dd ON dd.id = r.decision_id "
            + "WHERE dd.investigation_id = i.id), 0))";

    @PersistenceContext
    private EntityManager em;

    /** The case's events, newest first. */
    public List<RecoveryEvent> events(Scope scope, Investigation investigation) {
        return em.createQuery("SELECT e FROM RecoveryEvent e WHERE e.investigationId = :i ORDER BY e.recoveredOn DESC, e.id DESC",
                RecoveryEvent.class).setParameter("i", investigation.id()).getResultList();
    }

    public Optional<RecoveryEvent> event(Scope scope, Investigation investigation, long id) {
        return em.createQuery("SELECT e FROM RecoveryEvent e WHERE e.investigationId = :i AND e.id = :id", RecoveryEvent.class)
                .setParameter("i", investigation.id()).setParameter("id", id).getResultStream().findFirst();
    }

    /** Whether the event is reversed already. */
    public boolean reversed(Scope scope, long eventId) {
        return !em.createQuery("SELECT e.id FROM RecoveryEvent e WHERE e.reversesId = :id", Long.class)
                .setParameter("id", eventId).setMaxResults(1).getResultList().isEmpty();
    }

    /** What was recovered of each item of the case by events, reversals deducted, by item id. */
    public Map<Long, BigDecimal> recoveredByItem(Investigation investigation) {
        Map<Long, BigDecimal> sums = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT e.lossItemId, SUM(e.amount) FROM RecoveryEvent e WHERE e.investigationId = :i "
                + "GROUP BY e.lossItemId", Object[].class).setParameter("i", investigation.id()).getResultList()) {
            sums.put((Long) row[0], (BigDecimal) row[1]);
        }
        return sums;
    }

    /** The loss items of the case: id, description, amount, withdrawn (withdrawn ones keep their recoveries). */
    public List<Object[]> items(Scope scope, Investigation investigation) {
        return em.createQuery("SELECT l.id, l.description, l.amount, l.withdrawnAt FROM LossItem l WHERE l.investigation = :i "
                + "ORDER BY l.id", Object[].class).setParameter("i", investigation).getResultList();
    }

    /** Pay HR clawed back under the case's decisions, oldest first. */
    public List<ClawbackLine> clawbacks(Scope scope, Investigation investigation) {
        return em.createQuery("SELECT new com.soegroup.accountability.recovery.ClawbackLine(d.decisionNo, d.personName, "
                        + "r.recoveredOn, r.amount, r.note) FROM DecisionRecovery r JOIN r.decision d WHERE d.investigationId = :i "
                        + "ORDER BY r.recoveredOn, r.id", ClawbackLine.class)
                .setParameter("i", investigation.id()).getResultList();
    }

    /** The determined loss of the case (L), or empty before the level was determined. */
    public Optional<BigDecimal> determined(Scope scope, Investigation investigation) {
        return em.createQuery("SELECT d.countedAmount FROM LossDetermination d WHERE d.investigationId = :i AND d.level IS NOT NULL",
                BigDecimal.class).setParameter("i", investigation.id()).getResultStream().findFirst();
    }

    /** The case's evidence files not withdrawn, without their bytes. */
    public List<RecoveryEvidence> evidence(Scope scope, Investigation investigation) {
        return em.createQuery("SELECT new com.soegroup.accountability.recovery.RecoveryEvidence(f.id, f.fileName, f.documentReference) "
                + "FROM EvidenceFile f WHERE f.investigation = :i AND f.withdrawn = false ORDER BY f.id", RecoveryEvidence.class)
                .setParameter("i", investigation).getResultList();
    }

    public Optional<RecoveryCase> recoveryCase(Scope scope, Investigation investigation) {
        return Optional.ofNullable(em.find(RecoveryCase.class, investigation.id()));
    }

    /**
     * The concluded cases of the scope (and recusal) with a balance still to recover, no pending or approved
     * write-off, and nothing done about it since {@code since} (concluded, an event, a follow-up): the office's
     * quarterly to-do from the quarter after the conclusion. Each row: case number, title, outstanding, the last day
     * something was done (the conclusion at the earliest), and the day the case was concluded.
     */
    public List<FollowUpDue> followUpsDue(Scope scope, LocalDate since, int max) {
        Scope.Condition where = scope.within("o.path").and(scope.notInvolvedSql(InvestigationRepository.OBJECT_TYPE, "i.id"));
        Query query = em.createNativeQuery("SELECT case_no, title, outstanding, last_done, concluded_on FROM ("
                + "SELECT i.case_no, i.title, i.concluded_on, d.counted_amount - " + RECOVERED_SQL
                + " - COALESCE(rc.irrecoverable_amount, 0) AS outstanding, GREATEST(i.concluded_on, rc.followed_up_on, "
                + "(SELECT MAX(e.recovered_on) FROM recovery_event e WHERE e.investigation_id = i.id)) AS last_done "
                + "FROM investigation i JOIN enterprise o ON o.id = i.owner_enterprise_id "
                + "JOIN loss_determination d ON d.investigation_id = i.id AND d.level IS NOT NULL "
                + "LEFT JOIN recovery_case rc ON rc.investigation_id = i.id "
                + "WHERE i.status = 'CONCLUDED' AND (rc.irrecoverable_status IS NULL OR rc.irrecoverable_status = 'REFUSED') AND "
                + where + ") t WHERE outstanding > 0 AND last_done < :since ORDER BY last_done, case_no");
        where.bind(query).setParameter("since", Date.valueOf(since)).setMaxResults(max);
        List<FollowUpDue> due = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            due.add(new FollowUpDue((String) r[0], (String) r[1], (BigDecimal) r[2], localDate(r[3]), localDate(r[4])));
        }
        return due;
    }

    /** The cases of the scope (and recusal) whose write-off waits for a leader: case number, title, since when. */
    public List<Object[]> irrecoverablePending(Scope scope, int max) {
        Scope.Condition where = scope.within("o.path").and(scope.notInvolvedSql(InvestigationRepository.OBJECT_TYPE, "i.id"));
        Query query = em.createNativeQuery("SELECT i.case_no, i.title, rc.requested_at FROM recovery_case rc "
                + "JOIN investigation i ON i.id = rc.investigation_id JOIN enterprise o ON o.id = i.owner_enterprise_id "
                + "WHERE rc.irrecoverable_status = 'PENDING' AND " + where + " ORDER BY rc.requested_at, i.case_no");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = where.bind(query).setMaxResults(max).getResultList();
        return rows;
    }

    /**
     * The totals of the cases of the scope (and recusal) whose loss occurred in the subtree under {@code path}, for
     * the year from {@code first} to {@code last}: four aggregate queries, no rows of cases.
     */
    public RecoveryTotals totals(Scope scope, String enterprise, String path, int year, LocalDate first, LocalDate last) {
        Scope.Condition where = scope.within("o.path").and(scope.notInvolvedSql(InvestigationRepository.OBJECT_TYPE, "i.id"));

        BigDecimal determined = sum(where, path, first, last, "SELECT COALESCE(SUM(d.counted_amount), 0) " + cases(where,
                "JOIN loss_determination d ON d.investigation_id = i.id AND d.level IS NOT NULL "
                        + "AND d.determination_date BETWEEN :first AND :last"));

        Map<RecoveryMethod, BigDecimal> recovered = new EnumMap<>(RecoveryMethod.class);
        for (RecoveryMethod m : RecoveryMethod.values()) {
            recovered.put(m, BigDecimal.ZERO.setScale(2));
        }
        Query byMethod = em.createNativeQuery("SELECT e.method, SUM(e.amount) " + cases(where,
                "JOIN recovery_event e ON e.investigation_id = i.id AND e.recovered_on BETWEEN :first AND :last")
                + " GROUP BY e.method");
        bind(where, byMethod, path, first, last);
        for (Object row : byMethod.getResultList()) {
            Object[] r = (Object[]) row;
            recovered.put(RecoveryMethod.valueOf((String) r[0]), ((BigDecimal) r[1]).setScale(2));
        }
        BigDecimal clawedBack = sum(where, path, first, last, "SELECT COALESCE(SUM(r.amount), 0) " + cases(where,
                "JOIN decision dd ON dd.investigation_id = i.id JOIN decision_recovery r ON r.decision_id = dd.id "
                        + "AND r.recovered_on BETWEEN :first AND :last"));
        recovered.merge(RecoveryMethod.PAY_CLAWBACK, clawedBack, BigDecimal::add);

        BigDecimal irrecoverable = sum(where, path, first, last, "SELECT COALESCE(SUM(rc.irrecoverable_amount), 0) " + cases(where,
                "JOIN recovery_case rc ON rc.investigation_id = i.id AND rc.irrecoverable_status = 'APPROVED' "
                        + "AND CAST(rc.decided_at AT TIME ZONE 'Asia/Shanghai' AS DATE) BETWEEN :first AND :last"));

        // each case's balance at the end of the year, never below zero: one case recovered beyond its loss does not
        // make another's balance smaller
        BigDecimal outstanding = sum(where, path, first, last, "SELECT COALESCE(SUM(GREATEST(0, d.counted_amount "
                + "- COALESCE((SELECT SUM(e.amount) FROM recovery_event e WHERE e.investigation_id = i.id AND e.recovered_on <= :last), 0) "
                + "- COALESCE((SELECT SUM(r.amount) FROM decision_recovery r JOIN decision dd ON dd.id = r.decision_id "
                + "WHERE dd.investigation_id = i.id AND r.recovered_on <= :last), 0) "
                + "- COALESCE((SELECT rc.irrecoverable_amount FROM recovery_case rc WHERE rc.investigation_id = i.id "
                + "AND rc.irrecoverable_status = 'APPROVED' AND CAST(rc.decided_at AT TIME ZONE 'Asia/Shanghai' AS DATE) <= :last), 0))), 0) "
                + cases(where, "JOIN loss_determination d ON d.investigation_id = i.id AND d.level IS NOT NULL "
                + "AND d.determination_date <= :last"));

        BigDecimal sum = recovered.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        return new RecoveryTotals(enterprise, year, determined.setScale(2), recovered, sum, irrecoverable.setScale(2),
                outstanding.setScale(2));
    }

    /** The cases of the scope whose loss occurred in the subtree ({@code :subtree}), joined to what is summed. */
    private static String cases(Scope.Condition where, String join) {
        return "FROM investigation i JOIN enterprise o ON o.id = i.owner_enterprise_id "
                + "JOIN enterprise le ON le.id = i.loss_enterprise_id " + join + " WHERE le.path LIKE :subtree AND " + where;
    }

    private BigDecimal sum(Scope.Condition where, String path, LocalDate first, LocalDate last, String sql) {
        Query query = em.createNativeQuery(sql);
        bind(where, query, path, first, last);
        Object value = query.getSingleResult();
        return value == null ? BigDecimal.ZERO : (BigDecimal) value;
    }

    private static void bind(Scope.Condition where, Query query, String path, LocalDate first, LocalDate last) {
        where.bind(query);
        query.setParameter("subtree", path + "%");
        query.setParameter("last", Date.valueOf(last));
        if (query.getParameters().stream().anyMatch(p -> "first".equals(p.getName()))) {
            query.setParameter("first", Date.valueOf(first));
        }
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : value instanceof LocalDate l ? l : null;
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }
}
