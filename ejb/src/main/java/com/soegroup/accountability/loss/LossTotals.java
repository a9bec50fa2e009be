package com.soegroup.accountability.loss;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The sums of rules.md §1–§2 over the items of one event: direct and indirect actual losses count; a
 * contingent loss counts only with the intermediary's assessment recorded, and is shown apart while it has
 * none; recovered amounts are kept apart and never reduce the counted loss.
 *
 * @param counted L, the single loss the level is determined from
 */
public record LossTotals(BigDecimal direct, BigDecimal indirect, BigDecimal contingentCounted,
                         BigDecimal contingentAwaitingAssessment, BigDecimal counted,
                         BigDecimal recovered) implements Serializable {

    /** One item for the sums. */
    public record Item(LossKind kind, boolean contingent, BigDecimal amount, boolean assessed, BigDecimal recovered) {
    }

    public static LossTotals of(List<Item> items) {
        BigDecimal direct = zero();
        BigDecimal indirect = zero();
        BigDecimal contingent = zero();
        BigDecimal awaiting = zero();
        BigDecimal recovered = zero();
        for (Item item : items) {
            recovered = recovered.add(item.recovered() == null ? BigDecimal.ZERO : item.recovered());
            if (item.contingent()) {
                if (item.assessed()) {
                    contingent = contingent.add(item.amount());
                } else {
                    awaiting = awaiting.add(item.amount());
                }
            } else if (item.kind() == LossKind.DIRECT) {
                direct = direct.add(item.amount());
            } else {
                indirect = indirect.add(item.amount());
            }
        }
        BigDecimal counted = direct.add(indirect).add(contingent);
        return new LossTotals(scale(direct), scale(indirect), scale(contingent), scale(awaiting), scale(counted), scale(recovered));
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    private static BigDecimal scale(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
