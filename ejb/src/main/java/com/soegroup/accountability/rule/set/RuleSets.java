package com.soegroup.accountability.rule.set;

import com.soegroup.accountability.rule.Checks;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

    /**
     * The sets that govern an enterprise (rules per regulator): those naming the owner institution (出资人机构) nearest to
     * the enterprise on its path that any set names — its own, else its parent's, up to the top — or, when no set
     * names any of them, the sets naming no institution (the default: the group's own regulator). So putting the
     * central set in force, which names the central SASAC, leaves the answers of every enterprise not held by it.
     *
     * @param institutions the institution each set names, by set code (no entry: none)
     * @param chain        the owner institutions of the enterprise and its ancestors, the enterprise's first (nulls
     *                     allowed); empty for no enterprise
     */
    public static List<RuleSet> serving(Collection<RuleSet> ruleSets, Map<String, String> institutions, List<String> chain) {
        for (String institution : chain) {
            if (institution == null) {
                continue;
            }
            List<RuleSet> own = ruleSets.stream().filter(set -> institution.equals(institutions.get(set.code()))).toList();
            if (!own.isEmpty()) {
                return own;
            }
        }
        return ruleSets.stream().filter(set -> institutions.get(set.code()) == null).toList();
    }

    public static Optional<RuleSet> byCode(Collection<RuleSet> ruleSets, String code) {
        return ruleSets.stream().filter(set -> set.code().equals(code)).findFirst();
    }
}
