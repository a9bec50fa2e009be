package com.soegroup.accountability.rule.set;

import com.soegroup.accountability.rule.Checks;

import java.io.Serializable;

/**
 * The articles a rule set cites for the rules that have no table of their own, so that every result can say
 * "依据：…" in the words of the set in force (municipal set: 第三十一条, 第三十二条, 第三十条).
 *
 * @param aggravation         从重/加重 (M§31)
 * @param faultTolerance      容错, 减轻, 免于处理 (M§32)
 * @param disciplinaryOverlap the longer influence period governs (M§30 last clause)
 */
public record ArticleRefs(String aggravation, String faultTolerance,
                          String disciplinaryOverlap) implements Serializable {

    public ArticleRefs {
        Checks.text(aggravation, "aggravation");
        Checks.text(faultTolerance, "faultTolerance");
        Checks.text(disciplinaryOverlap, "disciplinaryOverlap");
    }
}
