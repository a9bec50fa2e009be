package com.soegroup.accountability.report;

import com.soegroup.accountability.clue.Clue;
import com.soegroup.accountability.investigation.Investigation;
import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.shared.Chunks;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one-event-one-reports with their texts, sendings and history. Every read of reports takes the caller's scope
 * (the report's enterprise) and recusal (the clue's and the case's involvement); only the event lookup that raises
 * a report reads without one, since the level is reached whoever set it.
 */
@ApplicationScoped
public class IncidentRepository {

    public static final String OBJECT_TYPE = "INCIDENT_REPORT";

    /** A report with what the register shows of its clue and case (either may be null). */
    public record Row(IncidentReport report, String clueNo, String clueSummary, String caseNo, String caseTitle) {
    }

    @PersistenceContext
    private EntityManager em;

    void persist(Object entity) {
        em.persist(entity);
    }

    /** A new text changes the report as its page shows it: a page that read the old one must read again. */
    void bump(IncidentReport report) {
        em.lock(report, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    void flush() {
        em.flush();
    }

    /** The predicate of scope and recusal on {@code r} (its enterprise joined as {@code e}). */
    static Scope.Condition visible(Scope scope) {
        return scope.within("e.path")
                .and(wrap("r.clueId", scope.notInvolved("CLUE", "r.clueId")))
                .and(wrap("r.investigationId", scope.notInvolved("INVESTIGATION", "r.investigationId")));
    }

    private static Scope.Condition wrap(String column, Scope.Condition condition) {
        return condition == Scope.Condition.ALWAYS ? condition
                : new Scope.Condition("(" + column + " IS NULL OR " + condition.jpql() + ")", condition.parameters());
    }

    // the enterprise selected too, so that each row's enterprise is loaded with it (no fetch join with an alias in JPA)
    private static final String ROW = "SELECT r, e FROM IncidentReport r JOIN r.enterprise e WHERE ";

    public Optional<Row> byNo(Scope scope, String reportNo) {
        Scope.Condition cond = visible(scope);
        return rows(cond.bind(em.createQuery(ROW + "r.reportNo = :no AND " + cond.jpql(), Object[].class))
                .setParameter("no", reportNo)).stream().findFirst();
    }

    /**
     * The register: reports of the scope, of the enterprise's subtree when one is given (its path), in a state and of
     * a stage when given; newest first, at most {@code max}.
     */
    public List<Row> list(Scope scope, String subtreePath, IncidentState state, IncidentKind kind, int max) {
        Scope.Condition cond = visible(scope);
        StringBuilder where = new StringBuilder(cond.jpql());
        if (subtreePath != null) {
            where.append(" AND e.path LIKE :subtree");
        }
        if (state != null) {
            where.append(" AND r.state = :state");
        }
        if (kind != null) {
            where.append(" AND r.kind = :kind");
        }
        TypedQuery<Object[]> query = cond.bind(em.createQuery(ROW + where + " ORDER BY r.raisedOn DESC, r.id DESC", Object[].class));
        if (subtreePath != null) {
            query.setParameter("subtree", subtreePath + "%");
        }
        if (state != null) {
            query.setParameter("state", state);
        }
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return rows(query.setMaxResults(max));
    }

    /** The reports of the scope in these states, oldest first: the to-do lists. */
    public List<Row> inStates(Scope scope, Collection<IncidentState> states, boolean extensionPending, int max) {
        Scope.Condition cond = visible(scope);
        // an extension asked for a report that ended (closed, merged) is nobody's work any more
        String what = extensionPending ? "r.extensionDays IS NOT NULL AND r.extensionApproved IS NULL AND r.state NOT IN :ended"
                : "r.state IN :states";
        TypedQuery<Object[]> query = cond.bind(em.createQuery(ROW + what + " AND " + cond.jpql() + " ORDER BY r.foundOn, r.id",
                Object[].class));
        if (extensionPending) {
            query.setParameter("ended", List.of(IncidentState.CLOSED, IncidentState.MERGED));
        } else {
            query.setParameter("states", states);
        }
        return rows(query.setMaxResults(max));
    }

    /** The reports with their clue's and case's numbers and words, read in two small queries by id. */
    private List<Row> rows(TypedQuery<Object[]> query) {
        List<IncidentReport> found = query.getResultList().stream().map(o -> (IncidentReport) o[0]).toList();
        Set<Long> clueIds = new HashSet<>();
        Set<Long> caseIds = new HashSet<>();
        for (IncidentReport r : found) {
            if (r.clueId() != null) {
                clueIds.add(r.clueId());
            }
            if (r.investigationId() != null) {
                caseIds.add(r.investigationId());
            }
        }
        Map<Long, Object[]> clues = new HashMap<>();
        for (List<Long> chunk : Chunks.of(List.copyOf(clueIds), 1000)) {
            em.createQuery("SELECT c.id, c.ledgerNo, c.summary FROM Clue c WHERE c.id IN :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList().forEach(o -> clues.put((Long) o[0], o));
        }
        Map<Long, Object[]> cases = new HashMap<>();
        for (List<Long> chunk : Chunks.of(List.copyOf(caseIds), 1000)) {
            em.createQuery("SELECT i.id, i.caseNo, i.title FROM Investigation i WHERE i.id IN :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList().forEach(o -> cases.put((Long) o[0], o));
        }
        List<Row> rows = new ArrayList<>(found.size());
        for (IncidentReport r : found) {
            Object[] c = r.clueId() == null ? null : clues.get(r.clueId());
            Object[] i = r.investigationId() == null ? null : cases.get(r.investigationId());
            rows.add(new Row(r, c == null ? null : (String) c[1], c == null ? null : (String) c[2], i == null ? null : (String) i[1],
                    i == null ? null : (String) i[2]));
        }
        return rows;
    }

    // --- the event ------------------------------------------------------------------------------------------

    /**
     * The clues of one event: these, the clues they were merged into (up the chain) and the clues merged into any of
     * them (down), so that a clue, its merged clues and the survivor share one report.
     */
    Set<Long> eventClues(Collection<Long> seeds) {
        Set<Long> all = new HashSet<>(seeds);
        Set<Long> frontier = new HashSet<>(seeds);
        while (!frontier.isEmpty()) {
            Set<Long> found = new HashSet<>(em.createQuery("SELECT c.mergedInto.id FROM Clue c WHERE c.id IN :ids AND c.mergedInto IS NOT NULL",
                    Long.class).setParameter("ids", frontier).getResultList());
            found.addAll(em.createQuery("SELECT c.id FROM Clue c WHERE c.mergedInto.id IN :ids", Long.class)
                    .setParameter("ids", frontier).getResultList());
            found.removeAll(all);
            all.addAll(found);
            frontier = found;
        }
        return all;
    }

    /** The event's report: one raised for any of its clues or for a case opened from them, or for the case itself. */
    Optional<IncidentReport> eventReport(Set<Long> clueIds, Long caseId) {
        Set<Long> cases = new HashSet<>();
        if (caseId != null) {
            cases.add(caseId);
        }
        if (!clueIds.isEmpty()) {
            cases.addAll(em.createQuery("SELECT i.id FROM Investigation i JOIN i.clueIds c WHERE c IN :ids", Long.class)
                    .setParameter("ids", clueIds).getResultList());
        }
        // a case opened from clues of several events: the oldest report is the event's
        // a report merged into another no longer speaks for the event
        return em.createQuery("SELECT r FROM IncidentReport r WHERE (r.clueId IN :clues OR r.investigationId IN :cases)"
                                + " AND r.state <> :merged ORDER BY r.id", IncidentReport.class)
                .setParameter("merged", IncidentState.MERGED)
                .setParameter("clues", clueIds.isEmpty() ? Set.of(-1L) : clueIds)
                .setParameter("cases", cases.isEmpty() ? Set.of(-1L) : cases)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The open reports (not merged) raised for any of these clues or cases, oldest first. */
    List<IncidentReport> reportsOf(Collection<Long> clueIds, Collection<Long> caseIds) {
        return em.createQuery("SELECT r FROM IncidentReport r WHERE (r.clueId IN :clues OR r.investigationId IN :cases)"
                        + " AND r.state <> :merged ORDER BY r.id", IncidentReport.class)
                .setParameter("clues", clueIds.isEmpty() ? Set.of(-1L) : clueIds)
                .setParameter("cases", caseIds.isEmpty() ? Set.of(-1L) : caseIds)
                .setParameter("merged", IncidentState.MERGED).getResultList();
    }

    /** The cases opened from any of these clues. */
    Set<Long> casesOf(Collection<Long> clueIds) {
        if (clueIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT i.id FROM Investigation i JOIN i.clueIds c WHERE c IN :ids", Long.class)
                .setParameter("ids", clueIds).getResultList());
    }

    IncidentReport find(Long id) {
        return em.find(IncidentReport.class, id);
    }

    /** The case opened from the report's clue (or one merged with it), when the report does not name one yet. */
    Optional<Investigation> caseOf(IncidentReport report) {
        if (report.investigationId() != null) {
            return Optional.ofNullable(em.find(Investigation.class, report.investigationId()));
        }
        Set<Long> clues = eventClues(List.of(report.clueId()));
        return em.createQuery("SELECT i FROM Investigation i JOIN i.clueIds c WHERE c IN :ids ORDER BY i.id", Investigation.class)
                .setParameter("ids", clues).setMaxResults(1).getResultStream().findFirst();
    }

    /** The case's determined level, or null before any. */
    LossLevel levelOf(Investigation investigation) {
        return em.createQuery("SELECT d.level FROM LossDetermination d WHERE d.investigationId = :id", LossLevel.class)
                .setParameter("id", investigation.id()).getResultStream().filter(Objects::nonNull).findFirst().orElse(null);
    }

    Clue clue(Long id) {
        return id == null ? null : em.find(Clue.class, id);
    }

    Investigation investigation(Long id) {
        return id == null ? null : em.find(Investigation.class, id);
    }

    Optional<Clue> clueByNo(Scope scope, String ledgerNo) {
        Scope.Condition cond = scope.within("o.path").and(scope.notInvolved("CLUE", "c.id"));
        return cond.bind(em.createQuery("SELECT c FROM Clue c JOIN c.owner o WHERE c.ledgerNo = :no AND " + cond.jpql(), Clue.class))
                .setParameter("no", ledgerNo).getResultStream().findFirst();
    }

    Optional<Investigation> caseByNo(Scope scope, String caseNo) {
        Scope.Condition cond = scope.within("o.path").and(scope.notInvolved("INVESTIGATION", "i.id"));
        return cond.bind(em.createQuery("SELECT i FROM Investigation i JOIN i.owner o WHERE i.caseNo = :no AND " + cond.jpql(),
                        Investigation.class))
                .setParameter("no", caseNo).getResultStream().findFirst();
    }

    Optional<Enterprise> enterpriseByCode(Scope scope, String code) {
        Scope.Condition cond = scope.within("e.path");
        return cond.bind(em.createQuery("SELECT e FROM Enterprise e WHERE e.code = :code AND " + cond.jpql(), Enterprise.class))
                .setParameter("code", code).getResultStream().findFirst();
    }

    // --- texts, sendings, history ---------------------------------------------------------------------------

    List<IncidentText> texts(IncidentReport report) {
        return em.createQuery("SELECT t FROM IncidentText t WHERE t.reportId = :id ORDER BY t.textNo DESC", IncidentText.class)
                .setParameter("id", report.id()).getResultList();
    }

    Optional<IncidentText> latestText(IncidentReport report) {
        return em.createQuery("SELECT t FROM IncidentText t WHERE t.reportId = :id ORDER BY t.textNo DESC", IncidentText.class)
                .setParameter("id", report.id()).setMaxResults(1).getResultStream().findFirst();
    }

    List<IncidentSending> sendings(IncidentReport report) {
        return em.createQuery("SELECT s FROM IncidentSending s WHERE s.reportId = :id ORDER BY s.id", IncidentSending.class)
                .setParameter("id", report.id()).getResultList();
    }

    List<IncidentHistory> history(IncidentReport report) {
        return em.createQuery("SELECT h FROM IncidentHistory h WHERE h.reportId = :id ORDER BY h.occurredAt, h.id", IncidentHistory.class)
                .setParameter("id", report.id()).getResultList();
    }
}
