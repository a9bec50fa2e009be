package com.soegroup.accountability.ruleset;

import com.soegroup.accountability.rule.set.RuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The parsed rule sets, kept between calls: evaluating a rule must not parse JSON documents each time. Every use
 * first reads the table's fingerprint ({@link RuleSetRepository#fingerprint()}, one small aggregate) and parses the
 * sets again when it changed, so a change committed on any node of a cluster, or a transaction rolled back on this
 * one, is seen by the next request everywhere; nothing is kept that the database does not confirm.
 */
@ApplicationScoped
public class RuleSetCatalog {

    /** The sets as parsed, with the fingerprint of the table they were read from. */
    private record Parsed(String fingerprint, List<RuleSet> sets) {
    }

    @Inject
    private RuleSetRepository repository;

    private volatile Parsed parsed;

    public List<RuleSet> all() {
        String fingerprint = repository.fingerprint();
        Parsed current = parsed;
        if (current == null || !current.fingerprint().equals(fingerprint)) {
            // the sets are read after the fingerprint: a change committed in between makes the next call read again
            current = new Parsed(fingerprint, repository.all().stream().map(RuleSetRecord::toRuleSet).toList());
            parsed = current;
        }
        return current.sets();
    }
}
