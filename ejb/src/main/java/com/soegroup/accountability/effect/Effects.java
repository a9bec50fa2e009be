package com.soegroup.accountability.effect;

import com.soegroup.accountability.rule.RuleInputException;
import com.soegroup.accountability.rule.effect.MeasureTaken;
import com.soegroup.accountability.rule.effect.PromotionEffectRule;
import com.soegroup.accountability.rule.effect.Restriction;
import com.soegroup.accountability.rule.effect.RestrictionKind;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.set.RuleSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The restrictions of a person's decisions as they were served and appealed (rules.md §8): each measure's
 * periods under the decision's own rule set, counted from its period start and applied from its serving date
 * until an appeal ended it ({@link Restriction#within}); and the discipline organ's influence periods. Plain
 * Java over rows already read, so the service and the benchmark's raw-SQL baseline compute alike.
 */
public final class Effects {

    /** Start first, then kind, then decision number: the order of the timeline and of every answer. */
    public static final Comparator<Restriction> ORDER = Comparator
            .comparing(Restriction::from, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Restriction::kind)
            .thenComparing(Restriction::reference, Comparator.nullsFirst(Comparator.naturalOrder()));

    private Effects() {
    }

    /** A decision row with effects (status EFFECTIVE or EXECUTED). {@code measures} is the stored comma list. */
    public record DecisionRow(long personId, String decisionNo, String measures, Integer banYears, boolean banLifetime,
                              String ruleSet, LocalDate periodStart, LocalDate servedOn, LocalDate endedOn,
                              boolean replacement) {
    }

    /**
     * A disciplinary sanction that came back from a referral of a decision, with the first day it stops blocking
     * promotion. It stands whatever became of the decision: the discipline organ decided it, not the group.
     */
    public record DisciplinaryRow(long personId, String decisionNo, String ruleSet, LocalDate sanctionedOn,
                                  LocalDate eligibleFrom) {
    }

    public static List<Measure> measures(String stored) {
        List<Measure> measures = new ArrayList<>();
        if (stored != null) {
            for (String name : stored.split(",")) {
                if (!name.isBlank()) {
                    measures.add(Measure.valueOf(name.strip()));
                }
            }
        }
        return measures;
    }

    /** What one decision restricted, as far as it applied; the BAN's term only for the BAN (the columns say so). */
    public static List<Restriction> of(DecisionRow d, RuleSet set) {
        List<Restriction> restrictions = new ArrayList<>();
        for (Measure measure : measures(d.measures())) {
            MeasureTaken taken = measure == Measure.BAN
                    ? new MeasureTaken(measure, d.periodStart(), d.banYears(), d.banLifetime(), d.decisionNo())
                    : MeasureTaken.of(measure, d.periodStart(), d.decisionNo());
            try {
                for (Restriction r : PromotionEffectRule.restrictionsOf(taken, set)) {
                    r.within(d.servedOn(), d.endedOn()).ifPresent(restrictions::add);
                }
            } catch (RuleInputException e) {
                // the decision service checks the term when the ban is decided; a stored row without one is damaged
                // data, and an answer that silently left out a ban would be wrong, so this is loud
                throw new IllegalStateException("Decision " + d.decisionNo() + " has no valid ban term", e);
            }
        }
        return restrictions;
    }

    /**
     * The DISCIPLINARY restriction of a sanction, from the day it was imposed. Each sanction is its own restriction
     * naming its decision: the conjunction of all of them makes the longest period govern (M§30 last clause)
     * while HR still sees every source.
     */
    public static Restriction of(DisciplinaryRow r, RuleSet set) {
        return new Restriction(RestrictionKind.DISCIPLINARY, null, r.sanctionedOn(), r.eligibleFrom(), r.decisionNo(),
                set.articles().disciplinaryOverlap());
    }

    /** Every restriction of one person, ordered; {@code sets} finds a decision's rule set by code. */
    public static List<Restriction> restrictions(List<DecisionRow> decisions, List<DisciplinaryRow> disciplinary,
                                                 Function<String, RuleSet> sets) {
        List<Restriction> all = new ArrayList<>();
        for (DecisionRow d : decisions) {
            all.addAll(of(d, sets.apply(d.ruleSet())));
        }
        for (DisciplinaryRow r : disciplinary) {
            all.add(of(r, sets.apply(r.ruleSet())));
        }
        all.sort(ORDER);
        return all;
    }
}
