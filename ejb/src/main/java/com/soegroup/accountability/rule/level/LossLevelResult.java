package com.soegroup.accountability.rule.level;

import java.io.Serializable;
import java.util.List;

/**
 * A loss graded under M§19 (第十九条) or the tiers of another set.
 *
 * @param byShare       the level by share of prior year-end assets; null when assets were not given or the set
 *                      grades by amount only
 * @param assetsMissing the set has a share test but assets were not given: the level may be too low and must be
 *                      re-evaluated once they are entered (rules.md §2)
 * @param articles      the articles of the tiers that decided, for "依据：…"
 */
public record LossLevelResult(LossLevel level, LossLevel byAmount, LossLevel byShare, boolean assetsMissing,
                              String ruleSetCode, List<String> articles) implements Serializable {

    public LossLevelResult {
        articles = List.copyOf(articles);
    }
}
