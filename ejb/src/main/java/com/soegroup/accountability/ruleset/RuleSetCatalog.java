package com.soegroup.accountability.ruleset;

import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.rule.set.RuleSets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed rule sets, kept between calls: evaluating a rule must not parse JSON documents each time. Every use
 * first reads the table's fingerprint ({@link RuleSetRepository#fingerprint()}, one small aggregate) and parses the
 * sets again when it changed, so a change committed on any node of a cluster, or a transaction rolled back on this
 * one, is seen by the next request everywhere; nothing is kept that the database does not confirm.
 */
@ApplicationScoped
public class RuleSetCatalog {

    /** The sets as parsed, with the owner institution each serves (by code), and the table's fingerprint. */
    private record Parsed(String fingerprint, List<RuleSet> sets, Map<String, String> institutions) {
    }

    @Inject
    private RuleSetRepository repository;

    private volatile Parsed parsed;

    public List<RuleSet> all() {
        return current().sets();
    }

    /**
     * The set in force on {@code date} for the enterprise at {@code enterprisePath}: among the sets of its regulator (the
     * nearest owner institution on its path that a set names, {@link RuleSets#serving}); for no enterprise (null),
     * among the default sets. Every place that asks "the set in force on a date" about an enterprise asks this.
     */
    public Optional<RuleSet> inForceFor(String enterprisePath, LocalDate date) {
        Parsed current = current();
        // no set names an institution (the usual installation): no need to read the enterprise's
        List<String> chain = enterprisePath == null || current.institutions().isEmpty() ? List.of()
                : repository.ownerInstitutions(enterprisePath);
        return RuleSets.inForceOn(RuleSets.serving(current.sets(), current.institutions(), chain), date);
    }

    private Parsed current() {
        String fingerprint = repository.fingerprint();
        Parsed current = parsed;
        if (current == null || !current.fingerprint().equals(fingerprint)) {
            // the sets are read after the fingerprint: a change committed in between makes the next call read again
            List<RuleSetRecord> records = repository.all();
            Map<String, String> institutions = new HashMap<>();
            records.stream().filter(r -> r.ownerInstitution() != null).forEach(r -> institutions.put(r.code(), r.ownerInstitution()));
            current = new Parsed(fingerprint, records.stream().map(RuleSetRecord::toRuleSet).toList(), Map.copyOf(institutions));
            parsed = current;
        }
        return current;
    }
}
