package com.soegroup.accountability.web.rule;

import com.soegroup.accountability.org.EnterpriseSummary;
import com.soegroup.accountability.rule.effect.Eligibility;
import com.soegroup.accountability.rule.effect.MeasureTaken;
import com.soegroup.accountability.rule.effect.Restriction;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.level.LossLevelResult;
import com.soegroup.accountability.rule.sanction.Aggravating;
import com.soegroup.accountability.rule.sanction.Exclusion;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.sanction.MitigatingCondition;
import com.soegroup.accountability.rule.sanction.Recommendation;
import com.soegroup.accountability.rule.sanction.Responsibility;
import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.ruleset.RuleService;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * 规则试算 (rule/calculator.xhtml): what the rules say for a loss, a person's responsibility and the measures
 * taken — the same RuleService the API and the cases use, so the page can never disagree with them.
 */
@Named
@ViewScoped
public class RuleCalculatorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RuleService rules;

    // the choices (every rule set with its tables, every enterprise of the scope): kept where they were read, read
    // again after the session moved to another node
    private transient List<RuleSet> ruleSets;
    private String ruleSet;
    private LocalDate determinationDate;

    private transient List<EnterpriseSummary> enterprises;
    private String enterprise;
    private BigDecimal amount;
    private BigDecimal priorYearEndAssets;
    private LossLevelResult level;

    private LossLevel recommendationLevel;
    private Responsibility responsibility = Responsibility.DIRECT;
    // arrays, not lists: JSF converts the checked codes to the array's enum type
    private Aggravating[] aggravating = {};
    private Exclusion[] exclusions = {};
    private MitigatingCondition[] conditions = {};
    private Recommendation recommendation;

    private final List<MeasureRow> measures = new ArrayList<>();
    private LocalDate disciplinaryEligibleFrom;
    private LocalDate effectsDate;
    private Eligibility eligibility;

    /** One measure typed into the effects table. */
    public static class MeasureRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Measure measure = Measure.ADMONISHMENT;
        private LocalDate effectiveDate;
        private Integer banYears;
        private boolean lifetime;

        public Measure getMeasure() { return measure; }
        public void setMeasure(Measure measure) { this.measure = measure; }
        public LocalDate getEffectiveDate() { return effectiveDate; }
        public void setEffectiveDate(LocalDate effectiveDate) { this.effectiveDate = effectiveDate; }
        public Integer getBanYears() { return banYears; }
        public void setBanYears(Integer banYears) { this.banYears = banYears; }
        public boolean isLifetime() { return lifetime; }
        public void setLifetime(boolean lifetime) { this.lifetime = lifetime; }
    }

    @PostConstruct
    void init() {
        determinationDate = rules.today();
        effectsDate = determinationDate;
        addMeasure();
    }

    /** Takes A from the enterprise's assets at the end of the year before the determination year. */
    public void fillAssets() {
        if (enterprise == null || enterprise.isBlank()) {
            return;
        }
        priorYearEndAssets = rules.priorYearEndAssets(enterprise, determinationDate).orElse(null);
        if (priorYearEndAssets == null) {
            Pages.info("calculator.assetsNotOnRecord", enterprise, determinationDate.getYear() - 1);
        }
    }

    /** The loss level; when the service refuses, none (rather than the answer to an earlier question). */
    public void classify() {
        level = null;
        level = rules.lossLevel(amount, priorYearEndAssets, blankToNull(ruleSet), determinationDate);
        recommendationLevel = level.level();
    }

    /** The recommended measures; when the service refuses, none. */
    public void recommend() {
        recommendation = null;
        recommendation = rules.recommend(recommendationLevel, responsibility, asSet(aggravating, Aggravating.class),
                asSet(exclusions, Exclusion.class), asSet(conditions, MitigatingCondition.class),
                blankToNull(ruleSet), determinationDate);
    }

    /** The promotion effects of the measures typed in; when the service refuses, none. */
    public void evaluateEffects() {
        eligibility = null;
        List<MeasureTaken> taken = new ArrayList<>();
        for (MeasureRow row : measures) {
            if (row.getEffectiveDate() != null) {
                boolean ban = row.getMeasure() == Measure.BAN;
                taken.add(new MeasureTaken(row.getMeasure(), row.getEffectiveDate(),
                        ban && !row.isLifetime() ? row.getBanYears() : null, ban && row.isLifetime(), null));
            }
        }
        eligibility = rules.promotionEffects(taken, disciplinaryEligibleFrom, effectsDate, blankToNull(ruleSet));
    }

    public void addMeasure() {
        measures.add(new MeasureRow());
    }

    public void removeMeasure(MeasureRow row) {
        measures.remove(row);
    }

    /** "依据：第十九条、第二十八条" — every result cites the articles it rests on. */
    public String basis(List<String> articles) {
        return Pages.text("calculator.basis") + String.join("、", articles);
    }

    /**
     * Where a restriction's bar starts on the timeline, in percent of the span from the earliest start to the
     * latest end among the restrictions shown (a life ban is drawn to the right edge).
     */
    public double timelineOffset(Restriction restriction) {
        long[] span = timelineSpan();
        LocalDate from = restriction.from() == null ? effectsDate : restriction.from();
        return span[1] == 0 ? 0 : 100.0 * (from.toEpochDay() - span[0]) / span[1];
    }

    public double timelineWidth(Restriction restriction) {
        long[] span = timelineSpan();
        LocalDate from = restriction.from() == null ? effectsDate : restriction.from();
        long end = restriction.eligibleFrom() == null ? span[0] + span[1] : restriction.eligibleFrom().toEpochDay();
        return span[1] == 0 ? 100 : Math.max(1, 100.0 * (end - from.toEpochDay()) / span[1]);
    }

    private long[] timelineSpan() {
        long start = effectsDate.toEpochDay();
        long end = start + 365;
        for (Restriction restriction : eligibility.restrictions()) {
            if (restriction.from() != null) {
                start = Math.min(start, restriction.from().toEpochDay());
            }
            if (restriction.eligibleFrom() != null) {
                end = Math.max(end, restriction.eligibleFrom().toEpochDay());
            }
        }
        return new long[]{start, end - start};
    }

    private static <E extends Enum<E>> Set<E> asSet(E[] selected, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        set.addAll(Arrays.asList(selected));
        return set;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public List<RuleSet> getRuleSets() {
        if (ruleSets == null) {
            ruleSets = rules.ruleSets();
        }
        return ruleSets;
    }

    public List<EnterpriseSummary> getEnterprises() {
        if (enterprises == null) {
            enterprises = rules.enterprises();
        }
        return enterprises;
    }

    public String getEnterprise() { return enterprise; }
    public void setEnterprise(String enterprise) { this.enterprise = enterprise; }
    public String getRuleSet() { return ruleSet; }
    public void setRuleSet(String ruleSet) { this.ruleSet = ruleSet; }
    public LocalDate getDeterminationDate() { return determinationDate; }
    public void setDeterminationDate(LocalDate determinationDate) { this.determinationDate = determinationDate; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public BigDecimal getPriorYearEndAssets() { return priorYearEndAssets; }
    public void setPriorYearEndAssets(BigDecimal priorYearEndAssets) { this.priorYearEndAssets = priorYearEndAssets; }
    public LossLevelResult getLevel() { return level; }
    public LossLevel getRecommendationLevel() { return recommendationLevel; }
    public void setRecommendationLevel(LossLevel recommendationLevel) { this.recommendationLevel = recommendationLevel; }
    public Responsibility getResponsibility() { return responsibility; }
    public void setResponsibility(Responsibility responsibility) { this.responsibility = responsibility; }
    public Aggravating[] getAggravating() { return aggravating; }
    public void setAggravating(Aggravating[] aggravating) { this.aggravating = aggravating; }
    public Exclusion[] getExclusions() { return exclusions; }
    public void setExclusions(Exclusion[] exclusions) { this.exclusions = exclusions; }
    public MitigatingCondition[] getConditions() { return conditions; }
    public void setConditions(MitigatingCondition[] conditions) { this.conditions = conditions; }
    public Recommendation getRecommendation() { return recommendation; }
    public List<MeasureRow> getMeasures() { return measures; }
    public LocalDate getDisciplinaryEligibleFrom() { return disciplinaryEligibleFrom; }
    public void setDisciplinaryEligibleFrom(LocalDate date) { this.disciplinaryEligibleFrom = date; }
    public LocalDate getEffectsDate() { return effectsDate; }
    public void setEffectsDate(LocalDate effectsDate) { this.effectsDate = effectsDate; }
    public Eligibility getEligibility() { return eligibility; }
    public LossLevel[] getLevels() { return LossLevel.values(); }
    public Responsibility[] getResponsibilities() { return Responsibility.values(); }
    public Aggravating[] getAggravatingCodes() { return Aggravating.values(); }
    public Exclusion[] getExclusionCodes() { return Exclusion.values(); }
    public MitigatingCondition[] getConditionCodes() { return MitigatingCondition.values(); }
    public Measure[] getMeasureCodes() { return Measure.values(); }
}
