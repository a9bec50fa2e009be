package com.soegroup.accountability.rule.set;

import com.soegroup.accountability.rule.Checks;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which rule set applies: the one in force on the day of responsibility determination (rules.md preamble; a set
 * replaces its predecessor from its effective date, as M§41 第四十一条 replaced the 2007 measures).
 */
public final class RuleSets {

    private RuleSets() {
    }

    /**
     * The IN_FORCE set with the latest {@code effectiveFrom} on or before {@code date}; empty when none.
     *
     * @throws IllegalStateException when two IN_FORCE sets start on that same latest day, which leaves the choice
     *                               to chance and must be fixed in the data
     */
    public static Optional<RuleSet> inForceOn(Collection<RuleSet> ruleSets, LocalDate date) {
        Checks.required(date, "determinationDate");
        List<RuleSet> candidates = ruleSets.stream()
                .filter(set -> set.status() == RuleSetStatus.IN_FORCE && !set.effectiveFrom().isAfter(date))
                .sorted(Comparator.comparing(RuleSet::effectiveFrom).reversed())
                .toList();
        if (candidates.size() > 1 && candidates.get(0).effectiveFrom().equals(candidates.get(1).effectiveFrom())) {
            throw new IllegalStateException("rule sets " + candidates.get(0).code() + " and "
                    + candidates.get(1).code() + " both take effect on " + candidates.get(0).effectiveFrom());
        }
        return candidates.stream().findFirst();
    }

    public static Optional<RuleSet> byCode(Collection<RuleSet> ruleSets, String code) {
        return ruleSets.stream().filter(set -> set.code().equals(code)).findFirst();
    }
}
