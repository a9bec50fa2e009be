package com.soegroup.accountability.investigation;

import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Jurisdiction enforced (rules.md §9; M§35–36, O63 §6(2)): a LARGER or MAJOR loss is handled by an enterprise above
 * the one where it occurred, or the owner institution, never by that enterprise itself. The system proposes the
 * unit ({@link JurisdictionRule}), OFFICE confirms it and the case moves there (a hand-over); from then on only that
 * unit concludes the case and decides on its people. Services call {@link #requireHandlingUnit} in one line before
 * concluding, proposing or approving.
 */
@ApplicationScoped
public class CaseJurisdiction {

    @PersistenceContext
    private EntityManager em;

    /**
     * Why the caller may not conclude or decide a LARGER or MAJOR case: its handling unit was never confirmed
     * ({@code confirmed} false, {@code unitName} the proposed unit), or the caller acts for another unit than the
     * confirmed one ({@code unitName} that unit).
     */
    public record Blocker(String caseNo, LossLevel level, boolean confirmed, String unitName) {

        AccountabilityException refusal() {
            return AccountabilityException.refused(confirmed ? "jurisdiction.otherUnit" : "jurisdiction.notConfirmed",
                    caseNo, level, unitName);
        }
    }

    /**
     * Refuses (422) when the case's loss is LARGER or MAJOR and its handling unit was never confirmed, or when the
     * caller acts for another unit than the confirmed one (their home enterprise). GENERAL losses and cases without
     * a level yet are the enterprise's own (M§35): nothing to check.
     */
    public void requireHandlingUnit(Scope scope, Investigation investigation) {
        Optional<Blocker> blocker = blocker(scope, investigation);
        if (blocker.isPresent()) {
            throw blocker.get().refusal();
        }
    }

    /**
     * What keeps the caller from concluding or deciding the case, if anything: for pages that show the action
     * disabled with its reason rather than offer it and refuse.
     */
    public Optional<Blocker> blocker(Scope scope, Investigation investigation) {
        LossLevel level = level(investigation).orElse(null);
        if (level == null || level == LossLevel.GENERAL) {
            return Optional.empty();
        }
        if (latest(investigation).isEmpty()) {
            return Optional.of(new Blocker(investigation.caseNo(), level, false, proposal(investigation).proposedUnitName()));
        }
        Enterprise unit = investigation.owner();
        if (!unit.code().equals(scope.homeEnterprise())) {
            return Optional.of(new Blocker(investigation.caseNo(), level, true, unit.fullName()));
        }
        return Optional.empty();
    }

    /** As {@link #requireHandlingUnit(Scope, Investigation)}, for a service that holds the case's id (a decision). */
    public void requireHandlingUnit(Scope scope, Long investigationId) {
        Investigation investigation = em.find(Investigation.class, investigationId);
        if (investigation != null) {
            requireHandlingUnit(scope, investigation);
        }
    }

    /** The level the loss determination recorded (table loss_determination, read by name: no import of {@code loss}). */
    Optional<LossLevel> level(Investigation investigation) {
        return em.createQuery("SELECT d.level FROM LossDetermination d WHERE d.investigationId = :id AND d.level IS NOT NULL",
                        LossLevel.class)
                .setParameter("id", investigation.id()).getResultStream().findFirst();
    }

    /** The last confirmation of the handling unit, if any. */
    Optional<JurisdictionDecision> latest(Investigation investigation) {
        return em.createQuery("SELECT j FROM JurisdictionDecision j WHERE j.investigation = :i ORDER BY j.confirmedAt DESC, j.id DESC",
                        JurisdictionDecision.class)
                .setParameter("i", investigation).setMaxResults(1).getResultStream().findFirst();
    }

    /** What the rules propose for the case now. */
    JurisdictionProposal proposal(Investigation investigation) {
        LossLevel level = level(investigation).orElse(null);
        boolean head = em.createQuery("SELECT COUNT(s) FROM InvestigationSubject s WHERE s.investigation = :i AND s.enterpriseHead = TRUE",
                Long.class).setParameter("i", investigation).getSingleResult() > 0;
        Enterprise loss = investigation.lossEnterprise();
        Enterprise top = loss;
        while (top.parent() != null) {
            top = top.parent();
        }
        JurisdictionRule.Proposal p = JurisdictionRule.propose(level, head, loss.code(),
                loss.parent() == null ? null : loss.parent().code(), top.code());
        Enterprise proposed = chain(investigation).stream().filter(e -> e.code().equals(p.unit())).findFirst().orElse(loss);
        Optional<JurisdictionDecision> confirmed = latest(investigation);
        return new JurisdictionProposal(level, investigation.owner().code(), p.unit(), p.ownerInstitution(), p.basisKey(),
                investigation.owner().fullName(), proposed.fullName(), confirmed.isPresent(),
                confirmed.map(JurisdictionDecision::handedOverOn).orElse(null),
                confirmed.map(JurisdictionDecision::reference).orElse(null),
                confirmed.map(JurisdictionDecision::takenByOwnerInstitution).orElse(false));
    }

    /** The enterprise where the loss occurred and every one above it: the units that may handle the case. */
    List<Enterprise> chain(Investigation investigation) {
        List<Enterprise> chain = new ArrayList<>();
        for (Enterprise e = investigation.lossEnterprise(); e != null; e = e.parent()) {
            chain.add(e);
        }
        return chain;
    }
}
