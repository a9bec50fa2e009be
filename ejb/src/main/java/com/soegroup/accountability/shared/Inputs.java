package com.soegroup.accountability.shared;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The checks every service makes of what a user typed, each refusing with the field and the bundle key the
 * pages and the API show. Areas whose sentence is more specific than the general one pass their key.
 * Lengths are counted in characters as a person counts them (code points: an emoji is one, as in PostgreSQL's
 * VARCHAR(n)); a text with a NUL character is refused (PostgreSQL cannot store one).
 */
public final class Inputs {

    /** The largest amount of yuan a money column (precision 18, scale 2) holds. */
    public static final BigDecimal MAX_MONEY = new BigDecimal("9999999999999999.99");
    /** Digits before the decimal point of a money column (NUMERIC(18,2)). */
    public static final int MONEY_INTEGER_DIGITS = 16;
    /** The longest text taken for an amount: enough for any amount a column holds, with sign and blanks. */
    public static final int MAX_MONEY_TEXT = 40;
    /** The first and the last day any date of the application may be. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2200, 12, 31);
    /** How many characters of what was typed a message may quote. */
    public static final int QUOTED = 20;

    /** The most decimals an amount may be written with before a service decides how many it takes. */
    private static final int MAX_MONEY_SCALE = 20;

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
        if (text != null) {
            checkLength(field, text, max);
        }
        return text;
    }

    /**
     * A text at most {@code max} characters long and without NUL, as it is (blanks kept); null stays null. For the
     * texts a service keeps exactly as typed (paragraphs of a report).
     */
    public static String checkLength(String field, String text, int max) {
        if (text == null) {
            return null;
        }
        // a length in UTF-16 units within the limit is within it in characters too: only longer texts are counted
        if (text.length() > max && length(text) > max) {
            throw AccountabilityException.invalid(field, "field.tooLong", max);
        }
        if (text.indexOf('\0') >= 0) {
            throw AccountabilityException.invalid(field, "input.nul");
        }
        return text;
    }

    /** How many characters a text has as a person counts them: code points, an emoji being one. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * What a message may quote of a text someone typed: at most {@value #QUOTED} characters, then "…", so that no
     * answer repeats a long input.
     */
    public static String quote(String text) {
        if (text == null || text.length() <= QUOTED) {
            return text;
        }
        int end = text.offsetByCodePoints(0, Math.min(QUOTED, length(text)));
        return end == text.length() ? text : text.substring(0, end) + "…";
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
        return date(field, date);
    }

    /**
     * A date within the years any record of the application can have ({@link #EARLIEST_DATE} to {@link #LATEST_DATE});
     * null stays null. A year 0 or −999999999 is a typing error, never a date to store or compute with.
     */
    public static LocalDate date(String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE))) {
            throw AccountabilityException.invalid(field, "date.range", EARLIEST_DATE.toString(), LATEST_DATE.toString());
        }
        return date;
    }

    /**
     * An amount written as text: a plain decimal number of yuan in ASCII digits (an exponent is taken if the amount
     * stays within a column), surrounding blanks ignored, blank is null. The text is checked before it becomes a
     * number and the number's size before it is ever written out, so that no text costs more than a few
     * microseconds: longer than {@value #MAX_MONEY_TEXT} characters or other characters is not an amount, more than
     * {@value #MONEY_INTEGER_DIGITS} digits before the point too large, more than twenty decimals too precise. How
     * many decimals it may have is the caller's rule.
     */
    public static BigDecimal moneyText(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_MONEY_TEXT) {
            throw AccountabilityException.invalid(field, "money.invalid");
        }
        String plain = text.strip();
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            // BigDecimal reads any script's digits (full-width "１００" too): only ASCII is an amount here
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                throw AccountabilityException.invalid(field, "money.invalid");
            }
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw AccountabilityException.invalid(field, "money.invalid");
        }
        return moneySize(field, amount);
    }

    /**
     * An amount whose size a column can hold, checked without writing it out (a JSON number {@code 1e1000000} is
     * a short text for a million digits): at most {@value #MONEY_INTEGER_DIGITS} digits before the point and
     * twenty decimals. Null stays null.
     */
    public static BigDecimal moneySize(String field, BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() != 0 && (long) amount.precision() - amount.scale() > MONEY_INTEGER_DIGITS) {
            throw AccountabilityException.invalid(field, "money.tooLarge");
        }
        if (amount.scale() > MAX_MONEY_SCALE || amount.scale() < -MAX_MONEY_SCALE) {
            // far past two decimals, or zero written with a huge exponent: nothing a person types
            throw AccountabilityException.invalid(field, amount.scale() > 0 ? "money.scale" : "money.invalid");
        }
        return amount;
    }

    /** Whether the amount fits a money column: at most two decimals and no more than {@link #MAX_MONEY}. */
    public static boolean fitsMoney(BigDecimal amount) {
        if (amount.signum() != 0 && (long) amount.precision() - amount.scale() > MONEY_INTEGER_DIGITS
                || amount.scale() > MAX_MONEY_SCALE) {
            return false;
        }
        return (amount.scale() <= 2 || amount.stripTrailingZeros().scale() <= 2) && amount.compareTo(MAX_MONEY) <= 0;
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
