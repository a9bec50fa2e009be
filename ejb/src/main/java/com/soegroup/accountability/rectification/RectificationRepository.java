package com.soegroup.accountability.rectification;

import com.soegroup.accountability.investigation.InvestigationRepository;
import com.soegroup.accountability.shared.NumberSeries;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Queries of rectification tasks. OFFICE, LEADER, LIAISON and AUDITOR see the tasks of owner enterprises within
 * their scope, except those of a case they are involved in (recusal on the investigation); every other role
 * sees none. Anything else is not found, in lists and by number alike.
 */
@ApplicationScoped
public class RectificationRepository {

    public static final String OBJECT_TYPE = "RECTIFICATION";
    /** The audit entries' object type of a read or export of the board (no one task). */
    public static final String LIST = "RECTIFICATION_LIST";
    static final String FROM = "Rectification r JOIN r.owner o";

    @PersistenceContext
    private EntityManager em;

    /** A task by its number as typed (blanks around and lower case are forgiven). */
    public Optional<Rectification> findByNo(Scope scope, String rectificationNo) {
        Optional<String> no = NumberSeries.RECTIFICATION.normalise(rectificationNo);
        if (no.isEmpty()) {
            return Optional.empty();
        }
        Scope.Condition visible = visible(scope);
        return visible.bind(em.createQuery("SELECT r FROM " + FROM + " WHERE r.rectificationNo = :no AND " + visible,
                        Rectification.class)).setParameter("no", no.get()).getResultStream().findFirst();
    }

    public List<Rectification> page(Scope scope, RectificationFilter filter, String enterprisePath, LocalDate today,
                                    int first, int max) {
        Scope.Condition where = where(scope, filter, enterprisePath, today);
        return where.bind(em.createQuery("SELECT r FROM " + FROM + " WHERE " + where
                        + " ORDER BY CASE WHEN r.status = :verified THEN 1 ELSE 0 END, r.deadline, r.rectificationNo",
                        Rectification.class)).setParameter("verified", RectificationStatus.VERIFIED)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Scope scope, RectificationFilter filter, String enterprisePath, LocalDate today) {
        Scope.Condition where = where(scope, filter, enterprisePath, today);
        return where.bind(em.createQuery("SELECT count(r) FROM " + FROM + " WHERE " + where, Long.class)).getSingleResult();
    }

    /** Tasks of the scope in one status, the earliest deadline first: the to-do lists. */
    public List<Rectification> inStatus(Scope scope, RectificationStatus status, int max) {
        Scope.Condition visible = visible(scope);
        return visible.bind(em.createQuery("SELECT r FROM " + FROM + " WHERE r.status = :s AND " + visible
                        + " ORDER BY r.deadline, r.rectificationNo", Rectification.class))
                .setParameter("s", status).setMaxResults(max).getResultList();
    }

    /** Tasks of the scope past their deadline and not verified. */
    public List<Rectification> overdue(Scope scope, LocalDate today, int max) {
        Scope.Condition visible = visible(scope);
        return visible.bind(em.createQuery("SELECT r FROM " + FROM + " WHERE r.status <> :v AND r.deadline < :today AND "
                        + visible + " ORDER BY r.deadline, r.rectificationNo", Rectification.class))
                .setParameter("v", RectificationStatus.VERIFIED).setParameter("today", today)
                .setMaxResults(max).getResultList();
    }

    /** Extension requests of the scope waiting for LEADER. */
    public List<RectificationExtension> pendingExtensions(Scope scope, int max) {
        Scope.Condition visible = visible(scope);
        return visible.bind(em.createQuery("SELECT x FROM RectificationExtension x JOIN x.rectification r JOIN r.owner o "
                        + "WHERE x.status = :requested AND " + visible + " ORDER BY x.requestedAt, x.id",
                        RectificationExtension.class))
                .setParameter("requested", ExtensionStatus.REQUESTED).setMaxResults(max).getResultList();
    }

    /** Of these tasks (already read within the scope), the ids of those with an extension waiting. */
    public Set<Long> withPendingExtension(Scope scope, Collection<Rectification> tasks) {
        if (tasks.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("SELECT x.rectification.id FROM RectificationExtension x WHERE x.status = :requested "
                        + "AND x.rectification IN :rs", Long.class)
                .setParameter("requested", ExtensionStatus.REQUESTED).setParameter("rs", List.copyOf(tasks)).getResultList());
    }

    /** Every task not verified whose deadline is on or before {@code until}: the reminder job's list (no caller). */
    public List<Rectification> dueForReminders(LocalDate until) {
        return em.createQuery("SELECT r FROM Rectification r JOIN FETCH r.owner WHERE r.status <> :v AND r.deadline <= :until "
                        + "ORDER BY r.deadline, r.rectificationNo", Rectification.class)
                .setParameter("v", RectificationStatus.VERIFIED).setParameter("until", until).getResultList();
    }

    public boolean reminderExists(Rectification r, RectificationReminder.Kind kind, LocalDate dueOn) {
        return !em.createQuery("SELECT 1 FROM RectificationReminder x WHERE x.rectification = :r AND x.kind = :k "
                        + "AND x.dueOn = :d", Integer.class)
                .setParameter("r", r).setParameter("k", kind).setParameter("d", dueOn).setMaxResults(1).getResultList().isEmpty();
    }

    /** The ledger numbers of the clues a task (read within the scope) holds open. */
    public List<String> clueNos(Rectification r) {
        return em.createNativeQuery("SELECT c.ledger_no FROM rectification_clue rc JOIN clue c ON c.id = rc.clue_id "
                + "WHERE rc.rectification_id = ?1 ORDER BY c.ledger_no", String.class).setParameter(1, r.id()).getResultList();
    }

    /** The ledger numbers of clues by id (the clues of a case the caller already reached). */
    public List<String> ledgerNos(Collection<Long> clueIds) {
        return em.createNativeQuery("SELECT ledger_no FROM clue WHERE id IN (:ids) ORDER BY ledger_no", String.class)
                .setParameter("ids", clueIds).getResultList();
    }

    public void linkClues(Rectification r, Collection<Long> clueIds) {
        for (Long clueId : clueIds) {
            em.createNativeQuery("INSERT INTO rectification_clue (rectification_id, clue_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                    .setParameter(1, r.id()).setParameter(2, clueId).executeUpdate();
        }
    }

    /** The tasks not verified of each of these clues: number, status and deadline, by clue id. */
    public Map<Long, List<Object[]>> openByClue(Collection<Long> clueIds) {
        Map<Long, List<Object[]>> open = new HashMap<>();
        if (clueIds.isEmpty()) {
            return open;
        }
        List<Object[]> rows = em.createNativeQuery("SELECT rc.clue_id, r.rectification_no, r.status, r.deadline "
                        + "FROM rectification_clue rc JOIN rectification r ON r.id = rc.rectification_id "
                        + "WHERE rc.clue_id IN (:ids) AND r.status <> 'VERIFIED' ORDER BY r.rectification_no", Object[].class)
                .setParameter("ids", clueIds).getResultList();
        for (Object[] row : rows) {
            open.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(row);
        }
        return open;
    }

    public List<RectificationSubmission> submissions(Rectification r) {
        return em.createQuery("SELECT s FROM RectificationSubmission s WHERE s.rectification = :r ORDER BY s.submittedAt, s.id",
                RectificationSubmission.class).setParameter("r", r).getResultList();
    }

    /** The files of these submissions, without their bytes, by submission id. */
    public Map<Long, List<FileInfo>> files(Collection<RectificationSubmission> submissions) {
        Map<Long, List<FileInfo>> files = new LinkedHashMap<>();
        if (submissions.isEmpty()) {
            return files;
        }
        em.createQuery("SELECT f.submission.id, f.id, f.fileName, f.contentType, f.sizeBytes, f.sha256 FROM RectificationFile f "
                        + "WHERE f.submission IN :s ORDER BY f.id", Object[].class)
                .setParameter("s", List.copyOf(submissions)).getResultList()
                .forEach(row -> files.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(new FileInfo((Long) row[1],
                        (String) row[2], (String) row[3], (Integer) row[4], (String) row[5])));
        return files;
    }

    /** A file of a task the caller already reached through its scoped lookup. */
    public Optional<RectificationFile> file(Rectification r, long fileId) {
        return em.createQuery("SELECT f FROM RectificationFile f WHERE f.id = :id AND f.submission.rectification = :r",
                RectificationFile.class).setParameter("id", fileId).setParameter("r", r).getResultStream().findFirst();
    }

    public List<RectificationExtension> extensions(Rectification r) {
        return em.createQuery("SELECT x FROM RectificationExtension x WHERE x.rectification = :r ORDER BY x.requestedAt, x.id",
                RectificationExtension.class).setParameter("r", r).getResultList();
    }

    public List<RectificationHistory> history(Rectification r) {
        return em.createQuery("SELECT h FROM RectificationHistory h WHERE h.rectification = :r ORDER BY h.occurredAt, h.id",
                RectificationHistory.class).setParameter("r", r).getResultList();
    }

    /** The case number of a task's investigation, the decision number of its decision. */
    public Optional<String> caseNo(Rectification r) {
        return r.investigationId() == null ? Optional.empty()
                : em.createQuery("SELECT i.caseNo FROM Investigation i WHERE i.id = :id", String.class)
                .setParameter("id", r.investigationId()).getResultStream().findFirst();
    }

    public Optional<String> decisionNo(Rectification r) {
        return r.decisionId() == null ? Optional.empty()
                : em.createQuery("SELECT d.decisionNo FROM Decision d WHERE d.id = :id", String.class)
                .setParameter("id", r.decisionId()).getResultStream().findFirst();
    }

    /** Case and decision numbers of a page of tasks, by task id: two queries, not two per line. */
    public Map<Long, String> origins(Collection<Rectification> tasks) {
        Map<Long, String> origins = new HashMap<>();
        List<Long> cases = tasks.stream().filter(r -> r.decisionId() == null && r.investigationId() != null)
                .map(Rectification::investigationId).distinct().toList();
        List<Long> decisions = tasks.stream().map(Rectification::decisionId).filter(id -> id != null).distinct().toList();
        Map<Long, String> caseNos = new HashMap<>();
        Map<Long, String> decisionNos = new HashMap<>();
        if (!cases.isEmpty()) {
            em.createQuery("SELECT i.id, i.caseNo FROM Investigation i WHERE i.id IN :ids", Object[].class)
                    .setParameter("ids", cases).getResultList().forEach(row -> caseNos.put((Long) row[0], (String) row[1]));
        }
        if (!decisions.isEmpty()) {
            em.createQuery("SELECT d.id, d.decisionNo FROM Decision d WHERE d.id IN :ids", Object[].class)
                    .setParameter("ids", decisions).getResultList().forEach(row -> decisionNos.put((Long) row[0], (String) row[1]));
        }
        for (Rectification r : tasks) {
            origins.put(r.id(), r.decisionId() != null ? decisionNos.get(r.decisionId())
                    : r.investigationId() != null ? caseNos.get(r.investigationId()) : r.sourceReference());
        }
        return origins;
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    /**
     * Over {@code r} (Rectification) joined to {@code o} (its owner enterprise): the owner in scope for the roles
     * that work with tasks; never a task of a case the caller is involved in.
     */
    static Scope.Condition visible(Scope scope) {
        if (!scope.hasAny(Role.OFFICE, Role.LEADER, Role.LIAISON, Role.AUDITOR)) {
            return new Scope.Condition("1 = 0", Map.of());
        }
        Scope.Condition recusal = scope.notInvolved(InvestigationRepository.OBJECT_TYPE, "r.investigationId");
        Scope.Condition notInvolved = recusal.jpql().equals(Scope.Condition.ALWAYS.jpql()) ? recusal
                : new Scope.Condition("(r.investigationId IS NULL OR " + recusal.jpql() + ")", recusal.parameters());
        return scope.within("o.path").and(notInvolved);
    }

    private static Scope.Condition where(Scope scope, RectificationFilter filter, String enterprisePath, LocalDate today) {
        RectificationFilter f = filter == null ? RectificationFilter.ALL : filter;
        StringBuilder jpql = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (enterprisePath != null) {
            if (f.subsidiaries()) {
                jpql.append(" AND o.path LIKE :enterprisePath");
                parameters.put("enterprisePath", enterprisePath + "%");
            } else {
                jpql.append(" AND o.path = :enterprisePath");
                parameters.put("enterprisePath", enterprisePath);
            }
        }
        if (!f.statuses().isEmpty()) {
            jpql.append(" AND r.status IN :statuses");
            parameters.put("statuses", List.copyOf(f.statuses()));
        }
        if (!f.sources().isEmpty()) {
            jpql.append(" AND r.source IN :sources");
            parameters.put("sources", List.copyOf(f.sources()));
        }
        if (f.overdueOnly()) {
            jpql.append(" AND r.status <> :verifiedStatus AND r.deadline < :today");
            parameters.put("verifiedStatus", RectificationStatus.VERIFIED);
            parameters.put("today", today);
        }
        if (f.text() != null && !f.text().isBlank()) {
            String t = f.text().strip().replace("%", "").replace("_", "");
            jpql.append(" AND (r.rectificationNo LIKE :textUpper OR LOWER(r.responsibleName) LIKE :text "
                    + "OR LOWER(r.requirement) LIKE :text OR LOWER(r.department) LIKE :text)");
            parameters.put("text", "%" + t.toLowerCase(Locale.ROOT) + "%");
            parameters.put("textUpper", "%" + t.toUpperCase(Locale.ROOT) + "%");
        }
        return visible(scope).and(new Scope.Condition(jpql.toString(), parameters));
    }
}
