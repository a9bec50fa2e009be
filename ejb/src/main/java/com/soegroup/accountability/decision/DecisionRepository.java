package com.soegroup.accountability.decision;

import com.soegroup.accountability.investigation.FaultToleranceEvaluation;
import com.soegroup.accountability.investigation.Investigation;
import com.soegroup.accountability.investigation.InvestigationRepository;
import com.soegroup.accountability.investigation.InvestigationSubject;
import com.soegroup.accountability.investigation.ResponsibilityFinding;
import com.soegroup.accountability.shared.CircumstanceRef;
import com.soegroup.accountability.shared.NumberSeries;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
 * Queries of decisions. OFFICE, LEADER and AUDITOR see the decisions of deciding units within their scope, except
 * those of a case they are involved in (recusal on the investigation); HR sees the decisions about people of
 * enterprises within its scope, and from them only what its pay and effect views show. Everything else is not
 * found, in lists and by number alike.
 */
@ApplicationScoped
public class DecisionRepository {

    public static final String OBJECT_TYPE = "DECISION";

    @PersistenceContext
    private EntityManager em;

    /** A decision by its number as typed (blanks around and lower case are forgiven). */
    public Optional<Decision> findByNo(Scope scope, String decisionNo) {
        Optional<String> no = NumberSeries.DECISION.normalise(decisionNo);
        if (no.isEmpty()) {
            return Optional.empty();
        }
        Scope.Condition visible = visible(scope);
        return visible.bind(em.createQuery("SELECT d FROM Decision d JOIN d.owner o JOIN d.personEnterprise pe "
                        + "WHERE d.decisionNo = :no AND " + visible, Decision.class))
                .setParameter("no", no.get()).getResultStream().findFirst();
    }

    public List<Decision> list(Scope scope, DecisionStatus status, String text, int first, int max) {
        Scope.Condition where = where(scope, status, text);
        return where.bind(em.createQuery("SELECT d FROM Decision d JOIN d.owner o JOIN d.personEnterprise pe WHERE "
                        + where + " ORDER BY d.proposedAt DESC, d.id DESC", Decision.class))
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Scope scope, DecisionStatus status, String text) {
        Scope.Condition where = where(scope, status, text);
        return where.bind(em.createQuery("SELECT count(d) FROM Decision d JOIN d.owner o JOIN d.personEnterprise pe WHERE "
                + where, Long.class)).getSingleResult();
    }

    /** The decisions of a case the caller already reached through its scoped lookup. */
    public List<Decision> ofCase(Scope scope, Investigation investigation) {
        return em.createQuery("SELECT d FROM Decision d WHERE d.investigationId = :i ORDER BY d.id", Decision.class)
                .setParameter("i", investigation.id()).getResultList();
    }

    public Optional<Decision> original(Investigation investigation, long personId) {
        return em.createQuery("SELECT d FROM Decision d WHERE d.investigationId = :i AND d.personId = :p "
                        + "AND d.replaces IS NULL", Decision.class)
                .setParameter("i", investigation.id()).setParameter("p", personId).getResultStream().findFirst();
    }

    /** Appeals awaiting their result, of decisions the caller sees. */
    public List<DecisionAppeal> openAppeals(Scope scope) {
        Scope.Condition visible = visible(scope);
        return visible.bind(em.createQuery("SELECT a FROM DecisionAppeal a JOIN a.decision d JOIN d.owner o "
                        + "JOIN d.personEnterprise pe WHERE a.status = :filed AND " + visible + " ORDER BY a.filedOn, a.id",
                DecisionAppeal.class)).setParameter("filed", AppealStatus.FILED).setMaxResults(500).getResultList();
    }

    public Optional<Decision> replacementOf(Decision decision) {
        return em.createQuery("SELECT d FROM Decision d WHERE d.replaces = :d", Decision.class)
                .setParameter("d", decision).getResultStream().findFirst();
    }

    /** Case numbers by investigation id, for a page of decisions: one query, not one per line. */
    public Map<Long, String> caseNos(Collection<Decision> decisions) {
        Map<Long, String> numbers = new LinkedHashMap<>();
        List<Long> ids = decisions.stream().map(Decision::investigationId).distinct().toList();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT i.id, i.caseNo FROM Investigation i WHERE i.id IN :ids", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(row -> numbers.put((Long) row[0], (String) row[1]));
        }
        return numbers;
    }

    public Optional<String> caseNo(Decision decision) {
        return em.createQuery("SELECT i.caseNo FROM Investigation i WHERE i.id = :id", String.class)
                .setParameter("id", decision.investigationId()).getResultStream().findFirst();
    }

    /** The circumstances found for the decision's person in the finding of their case, which the decision cites. */
    public Set<CircumstanceRef> violations(Scope scope, Decision decision) {
        return em.createQuery("SELECT f FROM ResponsibilityFinding f JOIN f.subject s WHERE s.investigation.id = :i "
                        + "AND s.employeeNo = :e", ResponsibilityFinding.class)
                .setParameter("i", decision.investigationId()).setParameter("e", decision.employeeNo())
                .getResultStream().findFirst().map(ResponsibilityFinding::violations).orElse(Set.of());
    }

    /**
     * The matters of the rule set's exemption list the approved fault-tolerance evaluation of the decision's person found
     * (codes, with the evaluation's rule set first), which the decision cites; empty without one.
     */
    public List<String> exemptions(Decision decision) {
        return em.createQuery("SELECT e FROM FaultToleranceEvaluation e JOIN e.subject s WHERE s.investigation.id = :i "
                        + "AND s.employeeNo = :e AND e.status = :approved", FaultToleranceEvaluation.class)
                .setParameter("i", decision.investigationId()).setParameter("e", decision.employeeNo())
                .setParameter("approved", FaultToleranceEvaluation.Status.APPROVED).getResultStream().findFirst()
                .filter(e -> !e.exemptions().isEmpty())
                .map(e -> {
                    List<String> codes = new ArrayList<>();
                    codes.add(e.ruleSetCode());
                    codes.addAll(e.exemptions());
                    return codes;
                }).orElse(List.of());
    }

    public Optional<ResponsibilityFinding> finding(InvestigationSubject subject) {
        return em.createQuery("SELECT f FROM ResponsibilityFinding f WHERE f.subject = :s", ResponsibilityFinding.class)
                .setParameter("s", subject).getResultStream().findFirst();
    }

    public Optional<FaultToleranceEvaluation> evaluation(InvestigationSubject subject) {
        return em.createQuery("SELECT e FROM FaultToleranceEvaluation e WHERE e.subject = :s", FaultToleranceEvaluation.class)
                .setParameter("s", subject).getResultStream().findFirst();
    }

    /**
     * The served decisions of the scope (in force or executed), the latest served first. Their persons' enterprises
     * load fifty at a time when read (the batch fetch size): the filter needs the join's alias, which a fetch join
     * may not have.
     */
    public List<Decision> served(Scope scope, String text, int max) {
        Scope.Condition where = where(scope, null, text);
        return where.bind(em.createQuery("SELECT d FROM Decision d JOIN d.owner o JOIN d.personEnterprise pe WHERE "
                        + where + " AND d.status IN :served ORDER BY d.servedOn DESC, d.decisionNo DESC", Decision.class))
                .setParameter("served", List.of(DecisionStatus.EFFECTIVE, DecisionStatus.EXECUTED))
                .setMaxResults(max).getResultList();
    }

    /** The other organs' deductions of these decisions, by decision id. */
    public Map<Long, List<DecisionDeduction>> deductions(Collection<Decision> decisions) {
        return byDecision(decisions, "SELECT x.decision.id, x FROM DecisionDeduction x WHERE x.decision IN :ds ORDER BY x.id",
                DecisionDeduction.class);
    }

    /** What was recovered for these decisions, by decision id. */
    public Map<Long, List<DecisionRecovery>> recoveries(Collection<Decision> decisions) {
        return byDecision(decisions, "SELECT x.decision.id, x FROM DecisionRecovery x WHERE x.decision IN :ds "
                + "ORDER BY x.recoveredOn, x.id", DecisionRecovery.class);
    }

    private <T> Map<Long, List<T>> byDecision(Collection<Decision> decisions, String jpql, Class<T> type) {
        Map<Long, List<T>> found = new HashMap<>();
        if (decisions.isEmpty()) {
            return found;
        }
        for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("ds", List.copyOf(decisions)).getResultList()) {
            found.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(type.cast(row[1]));
        }
        return found;
    }

    public List<DecisionDeduction> deductions(Decision decision) {
        return em.createQuery("SELECT x FROM DecisionDeduction x WHERE x.decision = :d ORDER BY x.id", DecisionDeduction.class)
                .setParameter("d", decision).getResultList();
    }

    public List<DecisionRecovery> recoveries(Decision decision) {
        return em.createQuery("SELECT x FROM DecisionRecovery x WHERE x.decision = :d ORDER BY x.recoveredOn, x.id",
                DecisionRecovery.class).setParameter("d", decision).getResultList();
    }

    public List<DecisionReferral> referrals(Decision decision) {
        return em.createQuery("SELECT x FROM DecisionReferral x WHERE x.decision = :d ORDER BY x.id", DecisionReferral.class)
                .setParameter("d", decision).getResultList();
    }

    public List<DecisionAppeal> appeals(Decision decision) {
        return em.createQuery("SELECT x FROM DecisionAppeal x WHERE x.decision = :d ORDER BY x.id", DecisionAppeal.class)
                .setParameter("d", decision).getResultList();
    }

    public List<DecisionHistory> history(Decision decision) {
        return em.createQuery("SELECT h FROM DecisionHistory h WHERE h.decision = :d ORDER BY h.occurredAt, h.id",
                DecisionHistory.class).setParameter("d", decision).getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    /**
     * Over {@code d} (Decision) joined to {@code o} (deciding unit) and {@code pe} (the person's enterprise): the
     * deciding unit in scope for the case roles, the person's enterprise for HR; never a case the caller is
     * involved in.
     */
    static Scope.Condition visible(Scope scope) {
        List<String> any = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (scope.hasAny(Role.OFFICE, Role.LEADER, Role.AUDITOR)) {
            Scope.Condition within = scope.within("o.path");
            any.add(within.jpql());
            parameters.putAll(within.parameters());
        }
        if (scope.has(Role.HR)) {
            Scope.Condition within = scope.within("pe.path", "hrScopeRoot");
            any.add(within.jpql());
            parameters.putAll(within.parameters());
        }
        Scope.Condition access = any.isEmpty() ? new Scope.Condition("1 = 0", Map.of())
                : new Scope.Condition("(" + String.join(" OR ", any) + ")", parameters);
        return access.and(scope.notInvolved(InvestigationRepository.OBJECT_TYPE, "d.investigationId"));
    }

    private static Scope.Condition where(Scope scope, DecisionStatus status, String text) {
        StringBuilder jpql = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (status != null) {
            jpql.append(" AND d.status = :status");
            parameters.put("status", status);
        }
        if (text != null && !text.isBlank()) {
            String t = text.strip().replace("%", "").replace("_", "");
            jpql.append(" AND (LOWER(d.personName) LIKE :text OR d.decisionNo LIKE :textUpper OR d.employeeNo LIKE :textUpper)");
            parameters.put("text", "%" + t.toLowerCase(Locale.ROOT) + "%");
            parameters.put("textUpper", "%" + t.toUpperCase(Locale.ROOT) + "%");
        }
        return visible(scope).and(new Scope.Condition(jpql.toString(), parameters));
    }
}
