package com.soegroup.accountability.rule.effect;

import java.io.Serializable;
import java.util.List;

/**
 * A person's standing on a date: the conjunction of every restriction in force (rules.md §8, M§30 第三十条 — with a
 * disciplinary sanction as well, the longer period governs, which the conjunction yields by itself).
 *
 * @param restrictions only those in force on the date
 */
public record Eligibility(boolean eligibleForPromotion, boolean eligibleForAnyPost,
                          boolean eligibleForSeniorManagement, List<Restriction> restrictions) implements Serializable {

    public Eligibility {
        restrictions = List.copyOf(restrictions);
    }
}
