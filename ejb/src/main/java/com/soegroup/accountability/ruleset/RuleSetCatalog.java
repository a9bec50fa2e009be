package com.soegroup.accountability.ruleset;

import com.soegroup.accountability.rule.set.RuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The parsed rule sets, kept between calls: evaluating a rule must not parse JSON documents each time. A change
 * by an administrator empties it once the change is committed.
 */
@ApplicationScoped
public class RuleSetCatalog {

    /** Fired by RuleSetAdminService after any change of a rule set. */
    public record Changed(String code) {
    }

    @Inject
    private RuleSetRepository repository;

    private volatile List<RuleSet> sets;

    public List<RuleSet> all() {
        List<RuleSet> current = sets;
        if (current == null) {
            current = repository.all().stream().map(RuleSetRecord::toRuleSet).toList();
            sets = current;
        }
        return current;
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) Changed changed) {
        sets = null;
    }
}
