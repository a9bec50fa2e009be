package com.soegroup.accountability.loss;

import com.soegroup.accountability.investigation.Investigation;
import com.soegroup.accountability.investigation.InvestigationRepository;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Queries of the loss of investigations. The loss belongs to its case: methods that take a loaded
 * {@link Investigation} expect one that came through {@code CaseAccess} (scope, team and recusal checked);
 * a list of cases takes the case's visibility predicate itself.
 */
@ApplicationScoped
public class LossRepository {

    @PersistenceContext
    private EntityManager em;

    /** The case's items that count: withdrawn ones stay in the table (and the history) but not here. */
    public List<LossItem> items(Scope scope, Investigation investigation) {
        return em.createQuery("SELECT l FROM LossItem l WHERE l.investigation = :i AND l.withdrawnAt IS NULL ORDER BY l.id",
                        LossItem.class)
                .setParameter("i", investigation).getResultList();
    }

    /** One item of the case, withdrawn or not; another case's item is not found. */
    public Optional<LossItem> item(Scope scope, Investigation investigation, long id) {
        return em.createQuery("SELECT l FROM LossItem l WHERE l.investigation = :i AND l.id = :id", LossItem.class)
                .setParameter("i", investigation).setParameter("id", id).getResultStream().findFirst();
    }

    public Optional<LossDetermination> determination(Scope scope, Investigation investigation) {
        return Optional.ofNullable(em.find(LossDetermination.class, investigation.id()));
    }

    /** All evidence files of the case, withdrawn ones too (items may still name them), without their bytes. */
    public List<LossEvidence> evidence(Scope scope, Investigation investigation) {
        return em.createQuery("SELECT new com.soegroup.accountability.loss.LossEvidence(f.id, f.fileName, "
                        + "f.documentReference, f.withdrawn) FROM EvidenceFile f WHERE f.investigation = :i ORDER BY f.id",
                LossEvidence.class).setParameter("i", investigation).getResultList();
    }

    /** The evidence file ids each item of the case rests on, by item id. */
    public Map<Long, List<Long>> itemEvidence(Scope scope, Investigation investigation) {
        Map<Long, List<Long>> links = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT l.id, e FROM LossItem l JOIN l.evidenceFiles e WHERE l.investigation = :i "
                + "ORDER BY l.id, e", Object[].class).setParameter("i", investigation).getResultList()) {
            links.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Long) row[1]);
        }
        return links;
    }

    /** Whether the evidence file of this very case is withdrawn; empty when the case has no such file. */
    public Optional<Boolean> evidenceWithdrawn(Scope scope, Investigation investigation, long fileId) {
        return em.createQuery("SELECT f.withdrawn FROM EvidenceFile f WHERE f.id = :id AND f.investigation = :i",
                Boolean.class).setParameter("id", fileId).setParameter("i", investigation).getResultStream().findFirst();
    }

    /**
     * A: the total assets at the end of the year before the determination year, of the enterprise where the loss
     * occurred (organisation data). Read for the whole group rather than through {@code RuleService
     * .priorYearEndAssets}, which is bounded by the caller's scope: a team member from another unit must get the
     * same level as OFFICE.
     */
    public Optional<BigDecimal> priorYearEndAssets(Scope scope, Investigation investigation, LocalDate determinationDate) {
        return em.createQuery("SELECT a.totalAssets FROM EnterpriseAssets a WHERE a.enterprise = :e AND a.year = :y",
                        BigDecimal.class)
                .setParameter("e", investigation.lossEnterprise()).setParameter("y", determinationDate.getYear() - 1)
                .getResultStream().findFirst();
    }

    /** The cases of the scope (and recusal) not yet concluded that need a one-event-one-report, oldest first. */
    public List<IncidentReportDue> incidentReportsDue(Scope scope, int max) {
        Scope.Condition visible = InvestigationRepository.visible(scope);
        return visible.bind(em.createQuery("SELECT new com.soegroup.accountability.loss.IncidentReportDue("
                        + "i.caseNo, i.title, d.level, d.incidentReportSince) FROM LossDetermination d, Investigation i JOIN i.owner o "
                        + "WHERE d.investigationId = i.id AND d.incidentReportSince IS NOT NULL "
                        + "AND i.status <> com.soegroup.accountability.investigation.InvestigationStatus.CONCLUDED AND " + visible
                        + " ORDER BY d.incidentReportSince, i.caseNo", IncidentReportDue.class))
                .setMaxResults(max).getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }
}
