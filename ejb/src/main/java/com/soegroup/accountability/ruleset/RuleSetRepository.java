package com.soegroup.accountability.ruleset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Objects;
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
     * The owner institution (出资人机构) of the group an enterprise belongs to: that of the top of its path, which picks
     * the group's rule sets. Organisation data, not scoped: the caller has already checked the enterprise.
     */
    public Optional<String> ownerInstitution(String enterprisePath) {
        List<?> rows = em.createNativeQuery("SELECT e.owner_institution FROM enterprise e WHERE e.parent_id IS NULL "
                + "AND ?1 LIKE e.path || '%'").setParameter(1, enterprisePath).getResultList();
        return rows.stream().filter(Objects::nonNull).map(Object::toString).findFirst();
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
