package com.soegroup.accountability.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The checks every rule applies to its input. Amounts are yuan with two decimals (rules.md §1, never double);
 * a third decimal is rejected rather than rounded so a mistyped amount cannot silently change a loss level.
 */
public final class Checks {

    public static final int MONEY_SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Checks() {
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new RuleInputException(field, RuleInputException.REQUIRED, null);
        }
        return value;
    }

    /** A required, non-blank text such as an article reference. */
    public static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RuleInputException(field, RuleInputException.REQUIRED, null);
        }
        return value;
    }

    /** A rule-set table that does not hold together: a data error an administrator must fix. */
    public static RuleInputException inconsistent(String field, String detail) {
        return new RuleInputException(field, RuleInputException.RULE_SET_INCONSISTENT, detail);
    }

    /** A required, non-negative amount of at most two decimals, returned with scale 2. */
    public static BigDecimal amount(BigDecimal value, String field) {
        BigDecimal scaled = twoDecimals(required(value, field), field).setScale(MONEY_SCALE, RoundingMode.UNNECESSARY);
        if (scaled.signum() < 0) {
            throw new RuleInputException(field, RuleInputException.NEGATIVE, scaled.toPlainString());
        }
        return scaled;
    }

    /** A required amount above zero (a base that a share is taken of). */
    public static BigDecimal positiveAmount(BigDecimal value, String field) {
        BigDecimal scaled = amount(value, field);
        if (scaled.signum() == 0) {
            throw new RuleInputException(field, RuleInputException.NOT_POSITIVE, scaled.toPlainString());
        }
        return scaled;
    }

    /**
     * A required percentage from 0 to 100 with at most two decimals, without trailing zeros so that 50 and 50.00
     * are one value (records compare BigDecimal by scale too).
     */
    public static BigDecimal percent(BigDecimal value, String field) {
        BigDecimal checked = twoDecimals(required(value, field), field);
        if (checked.signum() < 0 || checked.compareTo(HUNDRED) > 0) {
            throw new RuleInputException(field, RuleInputException.PERCENT_OUT_OF_RANGE, checked.toPlainString());
        }
        return plain(checked);
    }

    /** Rounds a computed amount to the fen, HALF_UP (architecture.md "Time and numbers"). */
    public static BigDecimal round(BigDecimal value) {
        return value.setScale(MONEY_SCALE, RoundingMode.HALF_UP);
    }

    /** The same number without trailing zeros and never in exponent form (100, not 1E+2). */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    private static BigDecimal twoDecimals(BigDecimal value, String field) {
        if (value.stripTrailingZeros().scale() > MONEY_SCALE) {
            throw new RuleInputException(field, RuleInputException.TOO_MANY_DECIMALS, value.toPlainString());
        }
        return value;
    }
}
