package com.soegroup.accountability.rule.effect;

import com.soegroup.accountability.rule.Checks;
import com.soegroup.accountability.rule.RuleInputException;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.set.RuleSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The influence periods of decisions (影响期, M§30 第三十条) and the SOE ban (M§27(3) 第二十七条): what a person may
 * not be given, and until when. An appeal does not suspend them (M§38(3)); a changed decision is a new input.
 */
public final class PromotionEffectRule {

    private static final Set<RestrictionKind> BAR_PROMOTION = Set.of(RestrictionKind.NO_PROMOTION,
            RestrictionKind.NO_POST, RestrictionKind.NO_HIGHER_POST, RestrictionKind.DISCIPLINARY);

    private PromotionEffectRule() {
    }

    /**
     * Every restriction one measure causes under the set's effect table, whatever the date; none for a measure
     * without an M§30 effect (e.g. SUSPENSION).
     *
     * @throws RuleInputException when a BAN has neither a term of at least the set's minimum nor lifetime, or both,
     *                            or when another measure carries a ban term
     */
    public static List<Restriction> restrictionsOf(MeasureTaken taken, RuleSet ruleSet) {
        checkBanTerm(taken, ruleSet.ban());
        return ruleSet.effectsOf(taken.measure()).stream()
                .map(effect -> new Restriction(effect.kind(), taken.measure(), taken.effectiveDate(),
                        eligibleFrom(taken, effect), taken.reference(), effect.article()))
                .toList();
    }

    /**
     * The standing on {@code date} given restrictions from any number of decisions (computed with
     * {@link #restrictionsOf}, possibly under different rule sets) and the disciplinary period.
     *
     * @param disciplinaryEligibleFrom first day a disciplinary sanction stops blocking promotion, or null
     * @param disciplinaryArticle      cited on the DISCIPLINARY restriction (the set's disciplinaryOverlap)
     */
    public static Eligibility eligibility(List<Restriction> restrictions, LocalDate disciplinaryEligibleFrom,
                                          String disciplinaryArticle, LocalDate date) {
        Checks.required(date, "date");
        List<Restriction> inForce = new ArrayList<>(
                restrictions.stream().filter(restriction -> restriction.inForceOn(date)).toList());
        if (disciplinaryEligibleFrom != null && date.isBefore(disciplinaryEligibleFrom)) {
            inForce.add(new Restriction(RestrictionKind.DISCIPLINARY, null, null, disciplinaryEligibleFrom, null,
                    disciplinaryArticle));
        }
        boolean promotion = inForce.stream().noneMatch(restriction -> BAR_PROMOTION.contains(restriction.kind()));
        boolean anyPost = inForce.stream().noneMatch(restriction -> restriction.kind() == RestrictionKind.NO_POST);
        boolean banned = inForce.stream().anyMatch(restriction -> restriction.kind() == RestrictionKind.SOE_BAN);
        return new Eligibility(promotion, anyPost, promotion && !banned, inForce);
    }

    /** api.md {@code POST /rules/promotion-effects}: every measure under one rule set. */
    public static Eligibility evaluate(List<MeasureTaken> measures, LocalDate disciplinaryEligibleFrom,
                                       LocalDate date, RuleSet ruleSet) {
        List<Restriction> all = new ArrayList<>();
        for (MeasureTaken taken : Checks.required(measures, "measures")) {
            all.addAll(restrictionsOf(taken, ruleSet));
        }
        return eligibility(all, disciplinaryEligibleFrom, ruleSet.articles().disciplinaryOverlap(), date);
    }

    private static LocalDate eligibleFrom(MeasureTaken taken, EffectPeriod effect) {
        if (effect.period() != null) {
            return taken.effectiveDate().plus(effect.period());
        }
        // the SOE ban: its term belongs to the decision, not to the table
        return taken.lifetime() ? null : taken.effectiveDate().plusYears(taken.banYears());
    }

    private static void checkBanTerm(MeasureTaken taken, BanTerm term) {
        if (taken.measure() != Measure.BAN) {
            if (taken.banYears() != null || taken.lifetime()) {
                throw new RuleInputException("banYears", RuleInputException.BAN_TERM, "only a BAN has a term");
            }
            return;
        }
        checkBanTerm(taken.banYears(), taken.lifetime(), term);
    }

    /**
     * Checks the term of a ban before it is imposed (a decision's terms): at least the set's minimum of years,
     * or lifetime, not both.
     *
     * @throws RuleInputException when it is neither or both
     */
    public static void checkBanTerm(Integer banYears, boolean lifetime, RuleSet ruleSet) {
        checkBanTerm(banYears, lifetime, ruleSet.ban());
    }

    private static void checkBanTerm(Integer banYears, boolean lifetime, BanTerm term) {
        boolean valid = lifetime ? banYears == null : banYears != null && banYears >= term.minimumYears();
        if (!valid) {
            throw new RuleInputException("banYears", RuleInputException.BAN_TERM,
                    "at least " + term.minimumYears() + " years or lifetime, not both: years=" + banYears + ", lifetime=" + lifetime);
        }
    }
}
