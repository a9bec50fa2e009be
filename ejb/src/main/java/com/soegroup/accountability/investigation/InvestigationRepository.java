package com.soegroup.accountability.investigation;

import com.soegroup.accountability.org.Person;
import com.soegroup.accountability.shared.NumberSeries;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Queries of investigations. Every query takes the caller's {@link Scope} and adds: the handling unit's path
 * within the scope (OFFICE, LEADER, AUDITOR) or membership of the case's team (INVESTIGATOR: only the cases
 * they are assigned to and have not declared a conflict for), and recusal ("INVESTIGATION", i.id). A case
 * outside is not found, in lists and by number alike. Methods taking a loaded {@link Investigation} expect one
 * that came from a scoped query.
 */
@ApplicationScoped
public class InvestigationRepository {

    public static final String OBJECT_TYPE = "INVESTIGATION";

    @PersistenceContext
    private EntityManager em;

    /** A case by its number as typed (blanks around and lower case are forgiven). */
    public Optional<Investigation> findByCaseNo(Scope scope, String caseNo) {
        Optional<String> no = NumberSeries.INVESTIGATION.normalise(caseNo);
        if (no.isEmpty()) {
            return Optional.empty();
        }
        Scope.Condition visible = visible(scope);
        return visible.bind(em.createQuery("SELECT i FROM Investigation i JOIN i.owner o WHERE i.caseNo = :no AND "
                        + visible, Investigation.class))
                .setParameter("no", no.get()).getResultStream().findFirst();
    }

    public List<Investigation> list(Scope scope, InvestigationStatus status, String text, int first, int max) {
        Scope.Condition where = where(scope, status, text);
        return where.bind(em.createQuery("SELECT i FROM Investigation i JOIN i.owner o WHERE " + where
                        + " ORDER BY i.openedOn DESC, i.id DESC", Investigation.class))
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Scope scope, InvestigationStatus status, String text) {
        Scope.Condition where = where(scope, status, text);
        return where.bind(em.createQuery("SELECT count(i) FROM Investigation i JOIN i.owner o WHERE " + where, Long.class))
                .getSingleResult();
    }

    public List<InvestigationSubject> subjects(Scope scope, Investigation investigation) {
        return em.createQuery("SELECT s FROM InvestigationSubject s WHERE s.investigation = :i ORDER BY s.id",
                InvestigationSubject.class).setParameter("i", investigation).getResultList();
    }

    /** Subjects' names by case id, for a page of cases. */
    public Map<Long, List<String>> subjectNames(Scope scope, Collection<Investigation> cases) {
        Map<Long, List<String>> names = new LinkedHashMap<>();
        List<Long> ids = cases.stream().map(Investigation::id).toList();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT s.investigation.id, s.name FROM InvestigationSubject s WHERE s.investigation.id IN :ids "
                            + "ORDER BY s.id", Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(row -> names.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]));
        }
        return names;
    }

    /** The whole team including members who declared a conflict (the record of who was removed). */
    public List<TeamMember> team(Scope scope, Investigation investigation) {
        return em.createQuery("SELECT m FROM TeamMember m WHERE m.investigation = :i ORDER BY m.teamRole, m.id",
                TeamMember.class).setParameter("i", investigation).getResultList();
    }

    /** The caller's own membership (not a conflicted one) of the case's team, if any. */
    public Optional<TeamMember> membership(Scope scope, Investigation investigation) {
        return em.createQuery("SELECT m FROM TeamMember m WHERE m.investigation = :i AND m.userId = :u "
                        + "AND m.recusal <> :conflict", TeamMember.class)
                .setParameter("i", investigation).setParameter("u", scope.userId())
                .setParameter("conflict", Recusal.CONFLICT).getResultStream().findFirst();
    }

    /** Case numbers of pending memberships by case id among these, for the list's "declaration needed". */
    public List<Long> pendingFor(Scope scope, Collection<Investigation> cases) {
        List<Long> ids = cases.stream().map(Investigation::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m.investigation.id FROM TeamMember m WHERE m.investigation.id IN :ids "
                        + "AND m.userId = :u AND m.recusal = :pending", Long.class)
                .setParameter("ids", ids).setParameter("u", scope.userId()).setParameter("pending", Recusal.PENDING)
                .getResultList();
    }

    /** Names of the subjects whose finding names no circumstance (M§7–M§16) yet, in the subjects' order. */
    public List<String> unclassified(Scope scope, Investigation investigation) {
        return em.createQuery("SELECT s.name FROM ResponsibilityFinding f JOIN f.subject s WHERE f.investigation = :i "
                + "AND f.violations IS EMPTY ORDER BY s.id", String.class).setParameter("i", investigation).getResultList();
    }

    public List<InvestigationHistory> history(Scope scope, Investigation investigation) {
        return em.createQuery("SELECT h FROM InvestigationHistory h WHERE h.investigation = :i ORDER BY h.occurredAt, h.id",
                InvestigationHistory.class).setParameter("i", investigation).getResultList();
    }

    /** Ledger numbers of the clues the case was opened from. */
    public List<String> clueNumbers(Scope scope, Investigation investigation) {
        if (investigation.clueIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c.ledgerNo FROM Clue c WHERE c.id IN :ids ORDER BY c.ledgerNo", String.class)
                .setParameter("ids", investigation.clueIds()).getResultList();
    }

    /** Whether any of these clues already went into an investigation. */
    public List<Long> cluesAlreadyInvestigated(Collection<Long> clueIds) {
        return em.createNativeQuery("SELECT clue_id FROM investigation_clue WHERE clue_id IN (:ids)", Long.class)
                .setParameter("ids", clueIds).getResultList();
    }

    /**
     * The person signed in as {@code userId}, anywhere in the group: a team member may come from another unit
     * (篇一: discipline, HR, finance, legal people of the group). Only the master data of the person is read.
     */
    public Optional<Person> personOfUser(String userId) {
        return em.createQuery("SELECT p FROM Person p WHERE p.ldapUserId = :u", Person.class)
                .setParameter("u", userId).getResultStream().findFirst();
    }

    /** Whether the person is recorded as involved in the case (subject, person concerned, conflict declared). */
    public boolean involved(Investigation investigation, long personId) {
        return !em.createQuery("SELECT x.id FROM InvolvedPerson x WHERE x.objectType = :t AND x.objectId = :id "
                        + "AND x.personId = :p", Long.class)
                .setParameter("t", OBJECT_TYPE).setParameter("id", investigation.id()).setParameter("p", personId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    /** The visibility predicate over {@code i} (Investigation) joined to {@code o} (its handling unit). */
    public static Scope.Condition visible(Scope scope) {
        List<String> any = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (scope.hasAny(Role.OFFICE, Role.LEADER, Role.AUDITOR)) {
            Scope.Condition within = scope.within("o.path");
            any.add(within.jpql());
            parameters.putAll(within.parameters());
        }
        if (scope.has(Role.INVESTIGATOR)) {
            any.add("EXISTS (SELECT 1 FROM TeamMember tm WHERE tm.investigation = i AND tm.userId = :teamUser "
                    + "AND tm.recusal <> com.soegroup.accountability.investigation.Recusal.CONFLICT)");
            parameters.put("teamUser", scope.userId());
        }
        Scope.Condition access = any.isEmpty() ? new Scope.Condition("1 = 0", Map.of())
                : new Scope.Condition("(" + String.join(" OR ", any) + ")", parameters);
        return access.and(scope.notInvolved(OBJECT_TYPE, "i.id"));
    }

    private static Scope.Condition where(Scope scope, InvestigationStatus status, String text) {
        StringBuilder jpql = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (status != null) {
            jpql.append(" AND i.status = :status");
            parameters.put("status", status);
        }
        if (text != null && !text.isBlank()) {
            String t = text.strip().replace("%", "").replace("_", "");
            jpql.append(" AND (LOWER(i.title) LIKE :text OR i.caseNo LIKE :textUpper)");
            parameters.put("text", "%" + t.toLowerCase(Locale.ROOT) + "%");
            parameters.put("textUpper", "%" + t.toUpperCase(Locale.ROOT) + "%");
        }
        return visible(scope).and(new Scope.Condition(jpql.toString(), parameters));
    }
}
