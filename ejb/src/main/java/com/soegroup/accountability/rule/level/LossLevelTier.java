package com.soegroup.accountability.rule.level;

import com.soegroup.accountability.rule.Checks;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One row of a rule set's loss-level table (M§19 第十九条 for the municipal set): a loss reaches {@code level} when
 * its amount is at least {@code amountFrom}, or — when {@code shareFrom} is given — when it is at least that
 * fraction of the prior year-end assets. Lower bounds are inclusive because "以上" includes the number and
 * "以下" excludes it (M§19 last paragraph), so one bound per tier says everything.
 *
 * @param shareFrom a fraction (0.01 = 1%), or null when this tier has no share test
 */
public record LossLevelTier(LossLevel level, BigDecimal amountFrom, BigDecimal shareFrom,
                            String article) implements Serializable {

    public LossLevelTier {
        Checks.required(level, "level");
        amountFrom = Checks.amount(amountFrom, "amountFrom");
        if (shareFrom != null) {
            if (shareFrom.signum() <= 0 || shareFrom.compareTo(BigDecimal.ONE) > 0) {
                throw Checks.inconsistent("shareFrom", shareFrom.toPlainString());
            }
            shareFrom = Checks.plain(shareFrom);
        }
        Checks.text(article, "article");
    }
}
