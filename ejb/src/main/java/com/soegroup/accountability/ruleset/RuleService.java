package com.soegroup.accountability.ruleset;

import com.soegroup.accountability.org.AssetsYear;
import com.soegroup.accountability.org.EnterpriseService;
import com.soegroup.accountability.org.EnterpriseSummary;
import com.soegroup.accountability.rule.RuleInputException;
import com.soegroup.accountability.rule.effect.Eligibility;
import com.soegroup.accountability.rule.effect.MeasureTaken;
import com.soegroup.accountability.rule.effect.PromotionEffectRule;
import com.soegroup.accountability.rule.effect.Restriction;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.level.LossLevelResult;
import com.soegroup.accountability.rule.level.LossLevelRule;
import com.soegroup.accountability.rule.sanction.Aggravating;
import com.soegroup.accountability.rule.sanction.Exclusion;
import com.soegroup.accountability.rule.sanction.MitigatingCondition;
import com.soegroup.accountability.rule.sanction.Recommendation;
import com.soegroup.accountability.rule.sanction.Responsibility;
import com.soegroup.accountability.rule.sanction.SanctionRule;
import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.rule.set.RuleSets;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Rule evaluation for people and other systems (api.md "Rule evaluation"): picks the rule set — the one named,
 * or the one in force on the date — and asks the engine. Input the engine refuses is an invalid-input error
 * naming the field; a date no rule set covers is refused by rule.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class RuleService {

    /** The field a rule-set code that names no set is reported against. */
    static final String FIELD_RULE_SET = "ruleSet";

    @Inject
    private RuleSetCatalog catalog;

    @Inject
    private Clock clock;

    @EJB
    private EnterpriseService enterprises;

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_HR, Role.R_AUDITOR})
    public LossLevelResult lossLevel(BigDecimal amount, BigDecimal priorYearEndAssets, String ruleSet,
                                     LocalDate determinationDate) {
        RuleSet set = choose(ruleSet, determinationDate, null);
        return engine(() -> LossLevelRule.classify(amount, priorYearEndAssets, set));
    }

    /** The level of a loss of the enterprise at {@code enterprisePath}: unless named, under its regulator's set in force. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_HR, Role.R_AUDITOR})
    public LossLevelResult lossLevel(BigDecimal amount, BigDecimal priorYearEndAssets, String ruleSet,
                                     LocalDate determinationDate, String enterprisePath) {
        RuleSet set = choose(ruleSet, determinationDate, enterprisePath);
        return engine(() -> LossLevelRule.classify(amount, priorYearEndAssets, set));
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_HR, Role.R_AUDITOR})
    public Recommendation recommend(LossLevel level, Responsibility responsibility, Set<Aggravating> aggravating,
                                    Set<Exclusion> exclusions, Set<MitigatingCondition> conditions, String ruleSet,
                                    LocalDate determinationDate) {
        RuleSet set = choose(ruleSet, determinationDate, null);
        if (set.levels().stream().noneMatch(graded -> graded == level)) {
            throw AccountabilityException.invalid("level", "RuleInput.levelNotGraded", level, set.code());
        }
        return engine(() -> SanctionRule.recommend(level, responsibility, aggravating, exclusions, conditions, set));
    }

    /** The standing on {@code date}; the effect periods are those of the set in force on that date unless named. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_HR, Role.R_AUDITOR})
    public Eligibility promotionEffects(List<MeasureTaken> measures, LocalDate disciplinaryEligibleFrom, LocalDate date,
                                        String ruleSet) {
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        RuleSet set = choose(ruleSet, on, null);
        List<Restriction> restrictions = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            MeasureTaken taken = measures.get(i);
            try {
                restrictions.addAll(PromotionEffectRule.restrictionsOf(taken, set));
            } catch (RuleInputException e) {
                throw AccountabilityException.invalid("measures[" + i + "]." + e.field(), e.bundleKey());
            }
        }
        return engine(() -> PromotionEffectRule.eligibility(restrictions, disciplinaryEligibleFrom,
                set.articles().disciplinaryOverlap(), on));
    }

    /** Rule sets are read by everyone who works with rules; the sets' tables are not case data. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<RuleSet> ruleSets() {
        return catalog.all();
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public RuleSet ruleSet(String code) {
        return RuleSets.byCode(catalog.all(), code).orElseThrow(AccountabilityException::notFound);
    }

    /** The enterprises of the caller's scope, to take a loss's assets from. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR})
    public List<EnterpriseSummary> enterprises() {
        return enterprises.tree();
    }

    /**
     * A (rules.md §2): the total assets at the end of the year before the year of determination, of the
     * enterprise where the loss occurred; empty while that year's figure is not on record.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR})
    public Optional<BigDecimal> priorYearEndAssets(String enterpriseCode, LocalDate determinationDate) {
        int year = (determinationDate == null ? LocalDate.now(clock) : determinationDate).getYear() - 1;
        return enterprises.detail(enterpriseCode).assets().stream()
                .filter(assets -> assets.year() == year)
                .map(AssetsYear::totalAssets)
                .findFirst();
    }

    /** The rule set in force today, for pages that show "the current rules". */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The set named, else the set in force on the date for the enterprise (for none: the default sets). */
    private RuleSet choose(String code, LocalDate date, String enterprisePath) {
        if (code != null) {
            return RuleSets.byCode(catalog.all(), code)
                    .orElseThrow(() -> AccountabilityException.invalid(FIELD_RULE_SET, "RuleInput.unknownRuleSet", code));
        }
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        return catalog.inForceFor(enterprisePath, on)
                .orElseThrow(() -> AccountabilityException.refused("RuleInput.noRuleSetInForce", on.toString()));
    }

    private static <T> T engine(Supplier<T> evaluation) {
        try {
            return evaluation.get();
        } catch (RuleInputException e) {
            throw AccountabilityException.invalid(e.field(), e.bundleKey());
        }
    }
}
