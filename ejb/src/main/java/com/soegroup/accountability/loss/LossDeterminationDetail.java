package com.soegroup.accountability.loss;

import com.soegroup.accountability.rule.level.LossLevel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The loss level of an investigation as read (rules.md §1–§2): L ({@code countedAmount}), A
 * ({@code priorYearEndAssets}, null while not on record), the engine's answer with the rule set it used and its
 * articles, and the day a one-event-one-report became due (null while the level is GENERAL).
 */
public record LossDeterminationDetail(LocalDate determinationDate, String ruleSetUsed, BigDecimal countedAmount,
                                      BigDecimal priorYearEndAssets, LossLevel level, LossLevel byAmount,
                                      LossLevel byShare, boolean assetsMissing, String articles,
                                      LocalDate incidentReportSince) implements Serializable {

    static LossDeterminationDetail of(LossDetermination d) {
        return new LossDeterminationDetail(d.determinationDate(), d.ruleSetUsed(), d.countedAmount(),
                d.priorYearEndAssets(), d.level(), d.byAmount(), d.byShare(), d.assetsMissing(), d.articles(),
                d.incidentReportSince());
    }
}
