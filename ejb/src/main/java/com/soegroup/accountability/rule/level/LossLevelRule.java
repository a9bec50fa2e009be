package com.soegroup.accountability.rule.level;

import com.soegroup.accountability.rule.Checks;
import com.soegroup.accountability.rule.set.RuleSet;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Grades a single loss (单笔资产损失) under M§19 (第十九条): by amount, and by its share of the prior year-end
 * assets of the enterprise where it occurred; the level is the higher of the two. Bounds are inclusive lower
 * bounds ("以上" includes the number, "以下" excludes it).
 */
public final class LossLevelRule {

    private LossLevelRule() {
    }

    /**
     * @param amount             the loss L in yuan, at most two decimals, not negative
     * @param priorYearEndAssets A in yuan, above zero, or null when not on record
     * @throws com.soegroup.accountability.rule.RuleInputException on a bad amount or assets
     */
    public static LossLevelResult classify(BigDecimal amount, BigDecimal priorYearEndAssets, RuleSet ruleSet) {
        BigDecimal loss = Checks.amount(amount, "amount");
        BigDecimal assets = priorYearEndAssets == null ? null
                : Checks.positiveAmount(priorYearEndAssets, "priorYearEndAssets");
        List<LossLevelTier> tiers = ruleSet.lossLevels();

        LossLevelTier byAmount = highest(tiers, tier -> loss.compareTo(tier.amountFrom()) >= 0);
        // L ≥ A × share, multiplied out: a division would have to round and could move a loss across 1% or 3%
        LossLevelTier byShare = assets == null || !ruleSet.hasShareTest() ? null
                : highest(tiers, tier -> tier.shareFrom() != null
                        && loss.compareTo(assets.multiply(tier.shareFrom())) >= 0);

        LossLevelTier decisive = byShare != null && byShare.level().compareTo(byAmount.level()) > 0 ? byShare : byAmount;
        List<String> articles = Stream.of(byAmount, byShare)
                .filter(tier -> tier != null)
                .map(LossLevelTier::article)
                .distinct()
                .toList();
        return new LossLevelResult(decisive.level(), byAmount.level(), byShare == null ? null : byShare.level(),
                assets == null && ruleSet.hasShareTest(), ruleSet.code(), articles);
    }

    private static LossLevelTier highest(List<LossLevelTier> tiers, Predicate<LossLevelTier> reached) {
        // tiers ascend (RuleSet checks it) and every loss reaches the first, so the last tier reached wins
        LossLevelTier result = tiers.get(0);
        for (LossLevelTier tier : tiers) {
            if (reached.test(tier)) {
                result = tier;
            }
        }
        return result;
    }
}
