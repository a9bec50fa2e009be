package com.soegroup.accountability.rule.set;

import com.soegroup.accountability.rule.Checks;
import com.soegroup.accountability.rule.effect.BanTerm;
import com.soegroup.accountability.rule.effect.EffectPeriod;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.level.LossLevelTier;
import com.soegroup.accountability.rule.payback.ClawBackTerms;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.sanction.Responsibility;
import com.soegroup.accountability.rule.sanction.SanctionRow;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A versioned, dated set of accountability rules (规则集): every threshold, range and period the engine uses,
 * each with the article it comes from. M§40 (第四十条) lets each enterprise refine the standards and file them
 * (备案), so none of these numbers is code. The set in force on the day of responsibility determination applies
 * to a case ({@link RuleSets#inForceOn}).
 *
 * @param filingDate     date the set was filed with SASAC, or null when not filed (or not a filed set)
 * @param tablesReviewed false while the sanction and effect tables are a provisional copy nobody has checked
 *                       against this set's own source
 * @param lossLevels     tiers lightest first; the first starts at 0 and has no share test
 * @param sanctions      exactly one row per level of {@code lossLevels} and per responsibility
 * @param reporting      the clocks of the one-event-one-report, or null for a set that sets none
 * @param circumstanceCatalogue the code of the violations this set lists ({@link CircumstanceCatalogues}), or
 *                       null for a set that classifies none
 * @param exemptionList  the code of the exempted matters this set adopts ({@link ExemptionLists}), or null for a
 *                       set without an exemption list
 */
public record RuleSet(String code, String issuer, String title, LocalDate effectiveFrom, LocalDate filingDate,
                      RuleSetStatus status, boolean tablesReviewed, List<LossLevelTier> lossLevels,
                      List<SanctionRow> sanctions, List<EffectPeriod> effects, BanTerm ban, ClawBackTerms clawBack,
                      ArticleRefs articles, ReportingClocks reporting, String circumstanceCatalogue,
                      String exemptionList) implements Serializable {

    /** A set without an exemption list (every set written before the lists). */
    public RuleSet(String code, String issuer, String title, LocalDate effectiveFrom, LocalDate filingDate,
                   RuleSetStatus status, boolean tablesReviewed, List<LossLevelTier> lossLevels,
                   List<SanctionRow> sanctions, List<EffectPeriod> effects, BanTerm ban, ClawBackTerms clawBack,
                   ArticleRefs articles, ReportingClocks reporting, String circumstanceCatalogue) {
        this(code, issuer, title, effectiveFrom, filingDate, status, tablesReviewed, lossLevels, sanctions, effects, ban,
                clawBack, articles, reporting, circumstanceCatalogue, null);
    }

    /** A set without reporting clocks or circumstance catalogue (the engine's own tests, sets written before them). */
    public RuleSet(String code, String issuer, String title, LocalDate effectiveFrom, LocalDate filingDate,
                   RuleSetStatus status, boolean tablesReviewed, List<LossLevelTier> lossLevels,
                   List<SanctionRow> sanctions, List<EffectPeriod> effects, BanTerm ban, ClawBackTerms clawBack,
                   ArticleRefs articles) {
        this(code, issuer, title, effectiveFrom, filingDate, status, tablesReviewed, lossLevels, sanctions, effects, ban,
                clawBack, articles, null, null, null);
    }

    public RuleSet {
        Checks.text(code, "code");
        Checks.text(issuer, "issuer");
        Checks.text(title, "title");
        Checks.required(effectiveFrom, "effectiveFrom");
        Checks.required(status, "status");
        lossLevels = List.copyOf(Checks.required(lossLevels, "lossLevels"));
        sanctions = List.copyOf(Checks.required(sanctions, "sanctions"));
        effects = List.copyOf(Checks.required(effects, "effects"));
        Checks.required(ban, "ban");
        Checks.required(clawBack, "clawBack");
        Checks.required(articles, "articles");
        checkTiers(lossLevels);
        checkMatrix(lossLevels, sanctions);
        checkEffects(effects);
        if (circumstanceCatalogue != null && CircumstanceCatalogues.byCode(circumstanceCatalogue).isEmpty()) {
            throw Checks.inconsistent("circumstanceCatalogue", "no catalogue " + circumstanceCatalogue);
        }
        if (exemptionList != null && ExemptionLists.byCode(exemptionList).isEmpty()) {
            throw Checks.inconsistent("exemptionList", "no exemption list " + exemptionList);
        }
    }

    /** This set as filed on {@code filedOn}, everything else as it is. */
    public RuleSet filedOn(LocalDate filedOn) {
        return new RuleSet(code, issuer, title, effectiveFrom, filedOn, status, tablesReviewed, lossLevels, sanctions,
                effects, ban, clawBack, articles, reporting, circumstanceCatalogue, exemptionList);
    }

    /** The violations this set lists (M§7–M§16 for the municipal set), empty for a set that names none. */
    public Optional<CircumstanceCatalogue> circumstances() {
        return Optional.ofNullable(circumstanceCatalogue).flatMap(CircumstanceCatalogues::byCode);
    }

    /** The exempted matters this set adopts (免责事项清单), empty for a set that adopts none. */
    public Optional<ExemptionList> exemptions() {
        return Optional.ofNullable(exemptionList).flatMap(ExemptionLists::byCode);
    }

    /** The levels this set grades, lightest first. */
    public List<LossLevel> levels() {
        return lossLevels.stream().map(LossLevelTier::level).toList();
    }

    /** Whether any tier also grades by share of prior year-end assets (the central set grades by amount only). */
    public boolean hasShareTest() {
        return lossLevels.stream().anyMatch(tier -> tier.shareFrom() != null);
    }

    public LossLevelTier tier(LossLevel level) {
        return lossLevels.stream().filter(tier -> tier.level() == level).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(code + " does not grade " + level));
    }

    /** The next heavier level this set grades, the target of 加重 (M§31). */
    public Optional<LossLevel> nextLevel(LossLevel level) {
        List<LossLevel> levels = levels();
        int index = levels.indexOf(level);
        return index >= 0 && index + 1 < levels.size() ? Optional.of(levels.get(index + 1)) : Optional.empty();
    }

    public SanctionRow sanctionRow(LossLevel level, Responsibility responsibility) {
        return sanctions.stream()
                .filter(row -> row.level() == level && row.responsibilities().contains(responsibility))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(code + " has no row " + level + "/" + responsibility));
    }

    public List<EffectPeriod> effectsOf(Measure measure) {
        return effects.stream().filter(effect -> effect.measure() == measure).toList();
    }

    private static void checkTiers(List<LossLevelTier> tiers) {
        if (tiers.isEmpty()) {
            throw Checks.inconsistent("lossLevels", "empty");
        }
        LossLevelTier first = tiers.get(0);
        if (first.amountFrom().signum() != 0 || first.shareFrom() != null) {
            throw Checks.inconsistent("lossLevels[0]", "the lightest tier must start at 0 without a share test");
        }
        for (int i = 1; i < tiers.size(); i++) {
            LossLevelTier lower = tiers.get(i - 1);
            LossLevelTier upper = tiers.get(i);
            boolean ascending = lower.level().compareTo(upper.level()) < 0
                    && lower.amountFrom().compareTo(upper.amountFrom()) < 0
                    && (lower.shareFrom() == null || upper.shareFrom() != null
                        && lower.shareFrom().compareTo(upper.shareFrom()) < 0);
            if (!ascending) {
                throw Checks.inconsistent("lossLevels[" + i + "]", "tiers must ascend in level, amount and share");
            }
        }
    }

    private static void checkMatrix(List<LossLevelTier> tiers, List<SanctionRow> rows) {
        Set<String> covered = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            SanctionRow row = rows.get(i);
            if (tiers.stream().noneMatch(tier -> tier.level() == row.level())) {
                throw Checks.inconsistent("sanctions[" + i + "]", "level not graded: " + row.level());
            }
            for (Responsibility responsibility : row.responsibilities()) {
                if (!covered.add(row.level() + "/" + responsibility)) {
                    throw Checks.inconsistent("sanctions[" + i + "]", "two rows for " + row.level() + "/" + responsibility);
                }
            }
        }
        for (LossLevelTier tier : tiers) {
            for (Responsibility responsibility : EnumSet.allOf(Responsibility.class)) {
                if (!covered.contains(tier.level() + "/" + responsibility)) {
                    throw Checks.inconsistent("sanctions", "no row for " + tier.level() + "/" + responsibility);
                }
            }
        }
    }

    private static void checkEffects(List<EffectPeriod> effects) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < effects.size(); i++) {
            EffectPeriod effect = effects.get(i);
            if (!seen.add(effect.measure() + "/" + effect.kind())) {
                throw Checks.inconsistent("effects[" + i + "]", "two periods for " + effect.measure() + "/" + effect.kind());
            }
        }
    }
}
