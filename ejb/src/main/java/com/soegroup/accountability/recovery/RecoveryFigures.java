package com.soegroup.accountability.recovery;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A case's recovery in figures (损失、已挽回、未挽回、挽回率).
 *
 * @param determined    the determined loss (L of the determination)
 * @param byEvents      what the recovery events of its loss items add up to, reversals deducted
 * @param clawedBack    pay HR clawed back under the case's decisions
 * @param recovered     both together
 * @param irrecoverable the balance LEADER approved writing off
 * @param outstanding   what is still to recover: determined − recovered − irrecoverable, never below zero
 * @param rate          recovered as a percentage of the determined loss (two decimals), null without a loss
 */
public record RecoveryFigures(BigDecimal determined, BigDecimal byEvents, BigDecimal clawedBack, BigDecimal recovered,
                             BigDecimal irrecoverable, BigDecimal outstanding, BigDecimal rate) implements Serializable {

    static RecoveryFigures of(BigDecimal determined, BigDecimal byEvents, BigDecimal clawedBack, BigDecimal irrecoverable) {
        BigDecimal recovered = byEvents.add(clawedBack);
        BigDecimal open = determined.subtract(recovered).subtract(irrecoverable);
        BigDecimal rate = determined.signum() == 0 ? null
                : recovered.multiply(BigDecimal.valueOf(100)).divide(determined, 2, RoundingMode.HALF_UP);
        return new RecoveryFigures(money(determined), money(byEvents), money(clawedBack), money(recovered),
                money(irrecoverable), money(open.signum() < 0 ? BigDecimal.ZERO : open), rate);
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
