package com.soegroup.accountability.clue;

import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.rule.RuleInputException;
import com.soegroup.accountability.rule.level.ClueLevelRule;
import com.soegroup.accountability.rule.level.LossLevelResult;
import com.soegroup.accountability.rule.level.LossLevelRule;
import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.ruleset.RuleSetCatalog;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.SeriousLossReached;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A clue's level as the rules give it (M§19): its possible loss against the total assets of the enterprise
 * concerned at the end of the year before (rules.md §2), under the rule set in force; then what the person asked
 * for, raised only ({@link ClueLevelRule}). The enterprise was checked against the caller's scope before (or is the
 * public form's); its yearly assets are organisation data, read as the loss determination reads them.
 */
@ApplicationScoped
class ClueLevels {

    @Inject
    private RuleSetCatalog catalog;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<SeriousLossReached> seriousLoss;

    /** The computed level, empty without a possible loss or a rule set in force. */
    Optional<LossLevelResult> computed(Enterprise enterprise, BigDecimal possibleLoss, LocalDate today) {
        if (possibleLoss == null || enterprise == null || possibleLoss.signum() < 0) {
            return Optional.empty();
        }
        Optional<RuleSet> set = catalog.inForceFor(enterprise.path(), today);
        if (set.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal assets = em.createQuery("SELECT a.totalAssets FROM EnterpriseAssets a WHERE a.enterprise = :e AND a.year = :y",
                        BigDecimal.class)
                .setParameter("e", enterprise).setParameter("y", today.getYear() - 1)
                .getResultStream().findFirst().orElse(null);
        try {
            return Optional.of(LossLevelRule.classify(possibleLoss, assets, set.get()));
        } catch (RuleInputException e) {
            throw AccountabilityException.invalid("possibleLoss", e.bundleKey());
        }
    }

    /**
     * Tells whoever tracks reporting that the clue, just saved (it has its id), reached LARGER or MAJOR: synchronously,
     * in this transaction, so the one-event-one-report is raised with the clue or neither is saved.
     */
    void announce(Clue clue, String userId, boolean anonymous) {
        if (clue.level() != null && clue.level().compareTo(LossLevel.LARGER) >= 0) {
            seriousLoss.fire(new SeriousLossReached(SeriousLossReached.CLUE, clue.id(), userId, anonymous));
        }
    }

    /** The level the clue carries: the computed one, or the person's raise with its reason; a lowering is refused. */
    ClueLevelRule.Settled settle(Enterprise enterprise, ClueData data, LocalDate today) {
        try {
            return ClueLevelRule.settle(computed(enterprise, data.possibleLoss(), today).map(LossLevelResult::level).orElse(null),
                    data.level(), data.levelReason());
        } catch (RuleInputException e) {
            throw AccountabilityException.invalid(e.field(), e.bundleKey());
        }
    }
}
