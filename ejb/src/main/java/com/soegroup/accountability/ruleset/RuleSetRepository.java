package com.soegroup.accountability.ruleset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Rule sets are group-wide reference data: no data scope applies to them. */
@ApplicationScoped
public class RuleSetRepository {

    @PersistenceContext
    private EntityManager em;

    public List<RuleSetRecord> all() {
        return em.createQuery("SELECT r FROM RuleSetRecord r ORDER BY r.effectiveFrom DESC, r.code", RuleSetRecord.class)
                .getResultList();
    }

    /**
     * What changes whenever a rule set is added, changed (its version, kept by JPA, grows) or removed: cheap enough to
     * read on every evaluation, which lets each node's parsed copy be checked against the database.
     */
    public String fingerprint() {
        return (String) em.createNativeQuery("SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' "
                + "|| coalesce(max(id), 0) || ':' || coalesce(max(updated_at)::text, '') FROM rule_set").getSingleResult();
    }

    /**
     * The owner institutions (出资人机构) of an enterprise and of its ancestors, the enterprise's first, which pick the
     * rule sets of its regulator. Organisation data, not scoped: the caller has already checked the enterprise.
     */
    public List<String> ownerInstitutions(String enterprisePath) {
        List<?> rows = em.createNativeQuery("SELECT e.owner_institution FROM enterprise e WHERE ?1 LIKE e.path || '%' "
                + "ORDER BY length(e.path) DESC").setParameter(1, enterprisePath).getResultList();
        return rows.stream().map(row -> row == null ? null : row.toString()).toList();
    }

    public Optional<RuleSetRecord> byCode(String code) {
        return em.createQuery("SELECT r FROM RuleSetRecord r WHERE r.code = :code", RuleSetRecord.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    public void add(RuleSetRecord record) {
        em.persist(record);
        em.flush();
    }

    public List<RuleSetFiling> filings(RuleSetRecord record) {
        return em.createQuery("SELECT f FROM RuleSetFiling f WHERE f.ruleSet = :set ORDER BY f.filedOn DESC, f.id DESC",
                        RuleSetFiling.class)
                .setParameter("set", record)
                .getResultList();
    }

    public void add(RuleSetFiling filing) {
        em.persist(filing);
        em.flush();
    }

    /** Writes pending changes now, so the caller can report the record's new version. */
    public void flush() {
        em.flush();
    }
}
