package com.soegroup.accountability.circular;

import com.soegroup.accountability.decision.Decision;
import com.soegroup.accountability.decision.DecisionStatus;
import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The circulars, their texts, reads and history. A circular is visible two ways: as a case record to OFFICE, LEADER
 * and AUDITOR of the issuing enterprise's scope who are not involved in its case (every state), and, once
 * published, to its recipients — whoever's home enterprise lies in the publication subtree and who holds one of
 * the chosen roles. Every read takes the caller's scope and home path.
 */
@ApplicationScoped
public class CircularRepository {

    public static final String OBJECT_TYPE = "CIRCULAR";

    /** The decisions that make a case decided enough for a circular: approved by the leading group, served or executed. */
    static final Set<DecisionStatus> DECIDED = EnumSet.of(DecisionStatus.APPROVED, DecisionStatus.EFFECTIVE, DecisionStatus.EXECUTED);

    @PersistenceContext
    private EntityManager em;

    void persist(Object entity) {
        em.persist(entity);
    }

    void flush() {
        em.flush();
    }

    /** A new text changes the circular as its page shows it: a page that read the old one must read again. */
    void bump(Circular circular) {
        em.lock(circular, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    /** As a case record: the case roles within scope, never a person involved in the case ({@code c}, its enterprise {@code e}). */
    static Scope.Condition caseRecord(Scope scope) {
        if (!scope.hasAny(Role.OFFICE, Role.LEADER, Role.AUDITOR)) {
            return new Scope.Condition("1 = 0", Map.of());
        }
        return scope.within("e.path", "circScope").and(scope.notInvolved("INVESTIGATION", "c.investigationId"));
    }

    /** As a recipient: published, to the subtree holding the caller's home enterprise, to one of the caller's roles. */
    static Scope.Condition recipient(Scope scope, String homePath) {
        if (homePath == null || scope.roles().isEmpty()) {
            return new Scope.Condition("1 = 0", Map.of());
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("circPublished", CircularState.PUBLISHED);
        parameters.put("circHome", homePath);
        StringBuilder roles = new StringBuilder();
        int i = 0;
        for (Role role : scope.roles()) {
            roles.append(i == 0 ? "" : " OR ").append("c.publishRoles LIKE :circRole").append(i);
            parameters.put("circRole" + i, "%," + role.name() + ",%");
            i++;
        }
        return new Scope.Condition("(c.state = :circPublished AND :circHome LIKE CONCAT(c.publishPath, '%') AND (" + roles + "))",
                parameters);
    }

    static Scope.Condition visible(Scope scope, String homePath) {
        Scope.Condition a = caseRecord(scope);
        Scope.Condition b = recipient(scope, homePath);
        Map<String, Object> parameters = new HashMap<>(a.parameters());
        parameters.putAll(b.parameters());
        return new Scope.Condition("((" + a.jpql() + ") OR (" + b.jpql() + "))", parameters);
    }

    private static final String ROW = "SELECT c FROM Circular c JOIN c.enterprise e WHERE ";

    Optional<Circular> byNo(Scope scope, String homePath, String no) {
        Scope.Condition cond = visible(scope, homePath);
        return cond.bind(em.createQuery(ROW + "c.circularNo = :no AND " + cond.jpql(), Circular.class)).setParameter("no", no)
                .getResultStream().findFirst();
    }

    /** Whether the caller receives this circular (it is published to them). */
    boolean receives(Scope scope, String homePath, Circular circular) {
        Scope.Condition cond = recipient(scope, homePath);
        return !cond.bind(em.createQuery("SELECT c.id FROM Circular c WHERE c.id = :id AND " + cond.jpql(), Long.class))
                .setParameter("id", circular.id()).getResultList().isEmpty();
    }

    /** What the caller may read: newest first, in a state when given, published to the caller only when asked. */
    List<Circular> list(Scope scope, String homePath, CircularState state, boolean receivedOnly, int max) {
        Scope.Condition cond = receivedOnly ? recipient(scope, homePath) : visible(scope, homePath);
        String where = cond.jpql() + (state == null ? "" : " AND c.state = :state");
        TypedQuery<Circular> query = cond.bind(em.createQuery(ROW + where
                + " ORDER BY c.publishedOn DESC NULLS FIRST, c.id DESC", Circular.class));
        if (state != null) {
            query.setParameter("state", state);
        }
        return query.setMaxResults(max).getResultList();
    }

    /** The case records in these states (the to-do lists), oldest first. */
    List<Circular> inStates(Scope scope, Collection<CircularState> states, int max) {
        Scope.Condition cond = caseRecord(scope);
        return cond.bind(em.createQuery(ROW + "c.state IN :states AND " + cond.jpql() + " ORDER BY c.createdAt, c.id", Circular.class))
                .setParameter("states", states).setMaxResults(max).getResultList();
    }

    /** Of these circulars, the ids the user opened. */
    Set<Long> readBy(String userId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT r.circularId FROM CircularRead r WHERE r.userId = :u AND r.circularId IN :ids", Long.class)
                .setParameter("u", userId).setParameter("ids", ids).getResultList());
    }

    boolean hasRead(Circular circular, String userId) {
        return !readBy(userId, List.of(circular.id())).isEmpty();
    }

    /**
     * Records the first opening, once per user however many requests race: the insert does nothing when the row
     * is there (the unique key of circular and user).
     */
    void recordRead(Circular circular, String userId, Long enterpriseId, Instant at) {
        em.createNativeQuery("INSERT INTO circular_read (circular_id, user_id, enterprise_id, read_at) VALUES (?1, ?2, ?3, ?4) "
                        + "ON CONFLICT (circular_id, user_id) DO NOTHING")
                .setParameter(1, circular.id()).setParameter(2, userId).setParameter(3, enterpriseId)
                .setParameter(4, Timestamp.from(at)).executeUpdate();
    }

    /** Per enterprise of the publication subtree: [enterprise id, people with a sign-in account, of them who read]. */
    List<Object[]> receipts(Circular circular) {
        return em.createQuery("SELECT e.id, e.code, e.fullName, "
                        + "(SELECT COUNT(p) FROM Person p WHERE p.enterprise = e AND p.ldapUserId IS NOT NULL), "
                        + "(SELECT COUNT(r) FROM CircularRead r WHERE r.circularId = :id AND r.enterpriseId = e.id) "
                        + "FROM Enterprise e WHERE e.path LIKE :subtree ORDER BY e.path", Object[].class)
                .setParameter("id", circular.id()).setParameter("subtree", circular.publishPath() + "%").getResultList();
    }

    List<CircularText> texts(Circular circular) {
        return em.createQuery("SELECT t FROM CircularText t WHERE t.circularId = :id ORDER BY t.textNo DESC", CircularText.class)
                .setParameter("id", circular.id()).getResultList();
    }

    List<CircularHistory> history(Circular circular) {
        return em.createQuery("SELECT h FROM CircularHistory h WHERE h.circularId = :id ORDER BY h.occurredAt, h.id", CircularHistory.class)
                .setParameter("id", circular.id()).getResultList();
    }

    Optional<Enterprise> enterpriseByCode(String code) {
        return em.createQuery("SELECT e FROM Enterprise e WHERE e.code = :code", Enterprise.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** The decided decisions of a case (approved, served, executed), first proposed first. */
    List<Decision> decided(Long investigationId) {
        return em.createQuery("SELECT d FROM Decision d WHERE d.investigationId = :i AND d.status IN :s ORDER BY d.id", Decision.class)
                .setParameter("i", investigationId).setParameter("s", DECIDED).getResultList();
    }

    /** The decided cases of the scope a circular may be drafted from, newest first: [case number, title, owner's code]. */
    List<Object[]> draftable(Scope scope, int max) {
        Scope.Condition cond = scope.within("o.path", "circScope").and(scope.notInvolved("INVESTIGATION", "i.id"));
        return cond.bind(em.createQuery("SELECT i.caseNo, i.title, o.code FROM Investigation i JOIN i.owner o WHERE EXISTS (SELECT d.id "
                        + "FROM Decision d WHERE d.investigationId = i.id AND d.status IN :decided) AND " + cond.jpql() + " ORDER BY i.id DESC",
                        Object[].class))
                .setParameter("decided", DECIDED).setMaxResults(max).getResultList();
    }

    Enterprise enterprise(Long id) {
        return em.find(Enterprise.class, id);
    }

    // --- the annual report's counts ------------------------------------------------------------------------

    long publishedIn(Scope scope, String subtree, CircularKind kind, LocalDate from, LocalDate to) {
        Scope.Condition cond = caseRecord(scope);
        return cond.bind(em.createQuery("SELECT COUNT(c) FROM Circular c JOIN c.enterprise e WHERE c.state = :p AND c.kind = :k "
                        + "AND e.path LIKE :subtree AND c.publishedOn BETWEEN :from AND :to AND " + cond.jpql(), Long.class))
                .setParameter("p", CircularState.PUBLISHED).setParameter("k", kind).setParameter("subtree", subtree + "%")
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    long readsIn(Scope scope, String subtree, Instant from, Instant to) {
        Scope.Condition cond = caseRecord(scope);
        return cond.bind(em.createQuery("SELECT COUNT(r) FROM CircularRead r, Circular c JOIN c.enterprise e WHERE r.circularId = c.id "
                        + "AND e.path LIKE :subtree AND r.readAt >= :from AND r.readAt < :to AND " + cond.jpql(), Long.class))
                .setParameter("subtree", subtree + "%").setParameter("from", from).setParameter("to", to).getSingleResult();
    }
}
