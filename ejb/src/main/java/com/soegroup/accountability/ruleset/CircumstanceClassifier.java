package com.soegroup.accountability.ruleset;

import com.soegroup.accountability.rule.set.Circumstance;
import com.soegroup.accountability.rule.set.CircumstanceCatalogue;
import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.rule.set.RuleSets;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.CircumstanceRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the codes a person picked ("12-3") into stored references of the rule set that classifies them, and stored
 * references back into circumstances with their names and citations. The case areas call it inside their own
 * services (it checks no role: what it reads are the rule sets, which are no case data).
 */
@ApplicationScoped
public class CircumstanceClassifier {

    @Inject
    private RuleSetCatalog catalog;

    @Inject
    private Clock clock;

    /** The rule set in force on {@code date} (today when null) that has a catalogue, with it. */
    public Optional<Classification> inForce(LocalDate date) {
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        return catalog.inForceFor(null, on)
                .flatMap(set -> set.circumstances().map(c -> new Classification(set.code(), set.title(), c)));
    }

    /** The set in force on {@code date} (today when null) for the enterprise at {@code enterprisePath}, with its catalogue. */
    public Optional<Classification> inForceFor(String enterprisePath, LocalDate date) {
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        return catalog.inForceFor(enterprisePath, on)
                .flatMap(set -> set.circumstances().map(c -> new Classification(set.code(), set.title(), c)));
    }

    /**
     * The codes checked against the catalogue of the set in force today for the enterprise at {@code enterprisePath}
     * (a clue's suspected circumstances): as {@link #resolve}, under that enterprise's regulator's set.
     */
    public Set<CircumstanceRef> resolveFor(String field, String enterprisePath, Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return Set.of();
        }
        String ruleSet = inForceFor(enterprisePath, null).map(Classification::ruleSet)
                .orElseThrow(() -> AccountabilityException.refused("circumstance.noCatalogue"));
        return resolve(field, ruleSet, codes);
    }

    /** The catalogue of the set named, or of the set in force today when {@code ruleSet} is null. */
    public Optional<Classification> of(String ruleSet) {
        if (ruleSet == null) {
            return inForce(null);
        }
        return RuleSets.byCode(catalog.all(), ruleSet)
                .flatMap(set -> set.circumstances().map(c -> new Classification(set.code(), set.title(), c)));
    }

    /**
     * The codes, checked against the catalogue of {@code ruleSet} (the set in force today when null), without
     * repeats, in the catalogue's order. An unknown code is bad input naming {@code field}; codes without a
     * catalogue in force are refused.
     */
    public Set<CircumstanceRef> resolve(String field, String ruleSet, Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return Set.of();
        }
        Classification classification = of(ruleSet)
                .orElseThrow(() -> AccountabilityException.refused("circumstance.noCatalogue"));
        List<Circumstance> found = new ArrayList<>();
        for (String code : codes) {
            Circumstance circumstance = classification.catalogue().find(code)
                    .orElseThrow(() -> AccountabilityException.invalid(field, "circumstance.unknown",
                            code == null ? "" : code, classification.title()));
            if (!found.contains(circumstance)) {
                found.add(circumstance);
            }
        }
        Set<CircumstanceRef> refs = new LinkedHashSet<>();
        found.stream().sorted(Comparator.comparingInt(Circumstance::article).thenComparingInt(Circumstance::item))
                .forEach(c -> refs.add(new CircumstanceRef(classification.ruleSet(), c.area().name(), c.article(), c.item())));
        return refs;
    }

    /** The stored references as circumstances, in article and item order; one its set no longer lists is skipped. */
    public List<Circumstance> describe(Collection<CircumstanceRef> refs) {
        if (refs == null || refs.isEmpty()) {
            return List.of();
        }
        List<RuleSet> sets = catalog.all();
        return refs.stream()
                .map(ref -> RuleSets.byCode(sets, ref.ruleSet()).flatMap(RuleSet::circumstances)
                        .flatMap(c -> c.find(ref.article(), ref.item())))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Circumstance::catalogue).thenComparingInt(Circumstance::article)
                        .thenComparingInt(Circumstance::item))
                .toList();
    }

    /** One circumstance of a set by article and item; empty when the set does not list it. */
    public Optional<Circumstance> find(String ruleSet, int article, int item) {
        return RuleSets.byCode(catalog.all(), ruleSet).flatMap(RuleSet::circumstances).flatMap(c -> c.find(article, item));
    }

    /** A catalogue with the rule set it belongs to. */
    public record Classification(String ruleSet, String title, CircumstanceCatalogue catalogue) implements Serializable {
    }
}
