package com.soegroup.accountability.shared;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The checks every service makes of what a user typed, each refusing with the field and the bundle key the
 * pages and the API show. Areas whose sentence is more specific than the general one pass their key.
 */
public final class Inputs {

    /** The largest amount of yuan a money column (precision 18, scale 2) holds. */
    public static final BigDecimal MAX_MONEY = new BigDecimal("9999999999999999.99");

    private Inputs() {
    }

    /** The text without surrounding blanks, or null when there is none. */
    public static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A text that must be given, at most {@code max} characters once stripped. */
    public static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw AccountabilityException.invalid(field, "field.required");
        }
        return optional(field, value, max);
    }

    /** A text that may be left out (null then), at most {@code max} characters once stripped. */
    public static String optional(String field, String value, int max) {
        String text = strip(value);
        if (text != null && text.length() > max) {
            throw AccountabilityException.invalid(field, "field.tooLong", max);
        }
        return text;
    }

    /**
     * The version the user read must be given and still be the record's: a record changed meanwhile is stale,
     * and nothing is overwritten.
     */
    public static void version(Integer read, int current) {
        if (read == null) {
            throw AccountabilityException.invalid("version", "field.required");
        }
        if (read != current) {
            throw AccountabilityException.stale();
        }
    }

    /** A date that must be given and may not lie after {@code today}; {@code futureKey} says why it may not. */
    public static LocalDate notFuture(String field, LocalDate date, LocalDate today, String futureKey) {
        if (date == null) {
            throw AccountabilityException.invalid(field, "field.required");
        }
        if (date.isAfter(today)) {
            throw AccountabilityException.invalid(field, futureKey);
        }
        return date;
    }

    /** Whether the amount fits a money column: at most two decimals and no more than {@link #MAX_MONEY}. */
    public static boolean fitsMoney(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 2 && amount.compareTo(MAX_MONEY) <= 0;
    }

    /**
     * An amount of yuan that must be given: not negative (nor zero when {@code positive}) and fitting a money
     * column, else {@code invalidKey}. Scale 2.
     */
    public static BigDecimal money(String field, BigDecimal value, boolean positive, String invalidKey) {
        if (value == null) {
            throw AccountabilityException.invalid(field, "field.required");
        }
        if (value.signum() < 0 || (positive && value.signum() == 0) || !fitsMoney(value)) {
            throw AccountabilityException.invalid(field, invalidKey);
        }
        return value.setScale(2);
    }

    /** A percentage from 0 to 100 with at most two decimals, else {@code invalidKey}. */
    public static BigDecimal percent(String field, BigDecimal value, String invalidKey) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw AccountabilityException.invalid(field, invalidKey);
        }
        return value;
    }
}
