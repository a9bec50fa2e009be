package com.soegroup.accountability.rule.sanction;

import com.soegroup.accountability.rule.Checks;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.set.RuleSet;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Recommends sanctions: the M§28 (第二十八条) row for the loss level and responsibility, and the outcomes a
 * person may choose after aggravation (M§31 第三十一条) and fault tolerance (M§32 第三十二条).
 */
public final class SanctionRule {

    private SanctionRule() {
    }

    /**
     * Outcomes, in {@link Outcome} order:
     * <ul>
     * <li>HEAVIER and ESCALATED when any aggravating circumstance holds. M§31 says these "应当" (shall) apply, so
     * STANDARD is then offered only when mitigation is open as well and a person has to weigh the two;</li>
     * <li>LIGHTER, MITIGATED and EXEMPTED when any M§32 condition holds and no exclusion does — an exclusion
     * shuts fault tolerance whatever else is true;</li>
     * <li>STANDARD otherwise.</li>
     * </ul>
     */
    public static Recommendation recommend(LossLevel level, Responsibility responsibility,
                                           Set<Aggravating> aggravating, Set<Exclusion> exclusions,
                                           Set<MitigatingCondition> conditions, RuleSet ruleSet) {
        Checks.required(level, "level");
        Checks.required(responsibility, "responsibility");
        boolean aggravated = !Checks.required(aggravating, "aggravating").isEmpty();
        boolean excluded = !Checks.required(exclusions, "exclusions").isEmpty();
        boolean mitigable = !Checks.required(conditions, "conditions").isEmpty() && !excluded;

        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        if (!aggravated || mitigable) {
            outcomes.add(Outcome.STANDARD);
        }
        if (aggravated) {
            outcomes.addAll(EnumSet.of(Outcome.HEAVIER, Outcome.ESCALATED));
        }
        if (mitigable) {
            outcomes.addAll(EnumSet.of(Outcome.LIGHTER, Outcome.MITIGATED, Outcome.EXEMPTED));
        }

        SanctionRow standard = ruleSet.sanctionRow(level, responsibility);
        SanctionRow escalated = aggravated
                ? ruleSet.nextLevel(level).map(next -> ruleSet.sanctionRow(next, responsibility)).orElse(null)
                : null;

        List<String> articles = new ArrayList<>(List.of(standard.article()));
        if (aggravated) {
            articles.add(ruleSet.articles().aggravation());
        }
        if (excluded || !conditions.isEmpty()) {
            articles.add(ruleSet.articles().faultTolerance());
        }
        return new Recommendation(ruleSet.code(), level, responsibility, standard,
                aggravated ? standard.atHeavyEnd() : null, escalated, mitigable ? standard.atLightEnd() : null,
                !excluded, List.copyOf(outcomes), articles.stream().distinct().toList());
    }
}
