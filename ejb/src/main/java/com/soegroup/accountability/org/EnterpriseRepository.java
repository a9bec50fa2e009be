package com.soegroup.accountability.org;

import com.soegroup.accountability.shared.Chunks;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Queries of the group tree. Every public method takes the caller's {@link Scope} and returns only what is
 * inside it; the few unscoped lookups that computing a scope itself needs are package-private.
 */
@ApplicationScoped
public class EnterpriseRepository {

    @PersistenceContext
    private EntityManager em;

    /** Every enterprise in the scope, parents before children (ordered by tree path). */
    public List<Enterprise> list(Scope scope) {
        Scope.Condition in = scope.within("e.path");
        return in.bind(em.createQuery("SELECT e FROM Enterprise e WHERE " + in + " ORDER BY e.path", Enterprise.class))
                .getResultList();
    }

    public Optional<Enterprise> findByCode(Scope scope, String code) {
        if (code == null) {
            return Optional.empty();
        }
        Scope.Condition in = scope.within("e.path");
        return in.bind(em.createQuery("SELECT e FROM Enterprise e WHERE e.code = :code AND " + in, Enterprise.class))
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    /**
     * The tree path of the enterprise with this code if it is within the scope: what a filter needs, read as one
     * column (loading the entity, with its parent and merge target behind proxies, cost more than the query).
     */
    public Optional<String> pathOf(Scope scope, String code) {
        if (code == null) {
            return Optional.empty();
        }
        Scope.Condition in = scope.within("e.path");
        return in.bind(em.createQuery("SELECT e.path FROM Enterprise e WHERE e.code = :code AND " + in, String.class))
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    /** The enterprises of the scope among {@code codes}, by code; codes outside the scope are simply absent. */
    public Map<String, Enterprise> byCodes(Scope scope, Collection<String> codes) {
        Map<String, Enterprise> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        Scope.Condition in = scope.within("e.path");
        TypedQuery<Enterprise> query = in.bind(em.createQuery(
                "SELECT e FROM Enterprise e WHERE e.code IN :codes AND " + in, Enterprise.class));
        for (List<String> chunk : Chunks.of(List.copyOf(codes), 1000)) {
            query.setParameter("codes", chunk).getResultList().forEach(e -> found.put(e.code(), e));
        }
        return found;
    }

    public List<EnterpriseAssets> assets(Scope scope, Enterprise enterprise) {
        requireCovered(scope, enterprise);
        return em.createQuery("SELECT a FROM EnterpriseAssets a WHERE a.enterprise = :e ORDER BY a.year DESC", EnterpriseAssets.class)
                .setParameter("e", enterprise).getResultList();
    }

    /** Yearly assets of the scope's enterprises among {@code enterpriseIds}, keyed "id/year". */
    public Map<String, EnterpriseAssets> assetsOf(Scope scope, Collection<Long> enterpriseIds) {
        Map<String, EnterpriseAssets> found = new HashMap<>();
        Scope.Condition in = scope.within("a.enterprise.path");
        TypedQuery<EnterpriseAssets> query = in.bind(em.createQuery(
                "SELECT a FROM EnterpriseAssets a WHERE a.enterprise.id IN :ids AND " + in, EnterpriseAssets.class));
        for (List<Long> chunk : Chunks.of(List.copyOf(enterpriseIds), 1000)) {
            query.setParameter("ids", chunk).getResultList()
                    .forEach(a -> found.put(a.enterprise().id() + "/" + a.year(), a));
        }
        return found;
    }

    public List<EnterpriseChange> history(Scope scope, Enterprise enterprise) {
        requireCovered(scope, enterprise);
        return em.createQuery("SELECT c FROM EnterpriseChange c LEFT JOIN FETCH c.oldParent LEFT JOIN FETCH c.newParent "
                        + "LEFT JOIN FETCH c.mergedInto WHERE c.enterprise = :e ORDER BY c.effectiveDate, c.id", EnterpriseChange.class)
                .setParameter("e", enterprise).getResultList();
    }

    /** Codes of the given enterprises' parents, by enterprise id (for lists that show the parent). */
    public Map<Long, String> parentCodes(Scope scope, Collection<Enterprise> enterprises) {
        Map<Long, String> codes = new HashMap<>();
        for (Enterprise e : enterprises) {
            requireCovered(scope, e);
            // the parent is a lazy proxy; its code needs no query when the parent is already loaded
            codes.put(e.id(), e.parent() == null ? null : e.parent().code());
        }
        return codes;
    }

    private static void requireCovered(Scope scope, Enterprise enterprise) {
        if (!scope.covers(enterprise.path())) {
            throw new IllegalArgumentException("Enterprise " + enterprise.code() + " is outside " + scope);
        }
    }

    // --- unscoped, for this package only ------------------------------------------------------------------

    Optional<Enterprise> findByCodeUnscoped(String code) {
        return em.createQuery("SELECT e FROM Enterprise e WHERE e.code = :code", Enterprise.class)
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT)).getResultStream().findFirst();
    }

    /** Codes that exist anywhere in the group, for uniqueness checks: a code is unique group-wide. */
    Map<String, Enterprise> byCodesUnscoped(Collection<String> codes) {
        Map<String, Enterprise> found = new HashMap<>();
        TypedQuery<Enterprise> query = em.createQuery("SELECT e FROM Enterprise e WHERE e.code IN :codes", Enterprise.class);
        for (List<String> chunk : Chunks.of(List.copyOf(codes), 1000)) {
            query.setParameter("codes", chunk).getResultList().forEach(e -> found.put(e.code(), e));
        }
        return found;
    }

    /** Which enterprise, if any, holds each USCC, group-wide: a USCC identifies one legal entity. */
    Map<String, String> codesByUscc(Collection<String> usccs) {
        Map<String, String> found = new HashMap<>();
        var query = em.createQuery("SELECT e.uscc, e.code FROM Enterprise e WHERE e.uscc IN :usccs", Object[].class);
        for (List<String> chunk : Chunks.of(List.copyOf(usccs), 1000)) {
            query.setParameter("usccs", chunk).getResultList().forEach(row -> found.put((String) row[0], (String) row[1]));
        }
        return found;
    }

    boolean rootExists() {
        return !em.createQuery("SELECT e.id FROM Enterprise e WHERE e.parent IS NULL", Long.class)
                .setMaxResults(1).getResultList().isEmpty();
    }

    long nextId() {
        return ((Number) em.createNativeQuery("SELECT nextval('enterprise_seq')").getSingleResult()).longValue();
    }

    void persist(Object entity) {
        em.persist(entity);
    }

    /**
     * After {@code moved} got its new path (and was flushed): gives every enterprise below it the new prefix.
     * One statement for the whole subtree; scope follows on the next query.
     */
    void rewriteSubtree(String oldPath, String newPath) {
        em.flush();
        em.createNativeQuery("UPDATE enterprise SET path = ?1 || substr(path, ?2), version = version + 1 WHERE path LIKE ?3")
                .setParameter(1, newPath)
                .setParameter(2, oldPath.length() + 1)
                .setParameter(3, oldPath + "%")
                .executeUpdate();
        em.clear();
    }
}
