package com.soegroup.accountability.rule.level;

import com.soegroup.accountability.rule.RuleInputException;

/**
 * A clue's level (issue 17): the rules compute it from the possible loss and the enterprise's assets (M§19,
 * {@link LossLevelRule}); a person may raise it — the loss may grow, or the share test may not yet be possible —
 * but never lower it below what the figures say, and says why when raising. No possible loss gives no computed
 * level: any level then is a raise.
 */
public final class ClueLevelRule {

    public static final String LOWERED = "RuleInput.levelLowered";
    public static final String REASON_REQUIRED = "RuleInput.levelReasonRequired";

    /** @param level what the clue carries; @param computed what the rules gave; @param reason why raised, else null */
    public record Settled(LossLevel level, LossLevel computed, String reason) {

        public boolean raised() {
            return level != null && (computed == null || level.compareTo(computed) > 0);
        }
    }

    private ClueLevelRule() {
    }

    /**
     * @param computed  the level the rules give, null without a possible loss
     * @param requested the level the person chose, null to take the computed one
     * @param reason    the person's reason, required for a raise
     * @throws RuleInputException on {@code level} when lowered, on {@code levelReason} when a raise has no reason
     */
    public static Settled settle(LossLevel computed, LossLevel requested, String reason) {
        if (requested == null || requested == computed) {
            return new Settled(computed, computed, null);
        }
        if (computed != null && requested.compareTo(computed) < 0) {
            throw new RuleInputException("level", LOWERED, requested + " < " + computed);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null) {
            throw new RuleInputException("levelReason", REASON_REQUIRED, requested + " > " + computed);
        }
        return new Settled(requested, computed, why);
    }
}
