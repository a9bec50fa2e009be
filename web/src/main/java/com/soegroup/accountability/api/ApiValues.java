package com.soegroup.accountability.api;

import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * api.md's conventions for single values, in both directions: money as a string with two decimals, dates ISO,
 * codes as enum names. The one parser of money and dates, for query parameters and bodies alike ({@link JsonInput}
 * reads a body's values with it): anything wrong is a 400 naming the field, with one sentence per kind of error.
 */
public final class ApiValues {

    /** Not an amount. */
    static final String MONEY_INVALID = "money.invalid";
    /** An amount with more than two decimals. */
    static final String MONEY_SCALE = "money.scale";
    /** Not an ISO date. */
    static final String DATE_INVALID = "date.invalid";
    /** Longer than any date: "+999999999-12-31" is sixteen. */
    private static final int MAX_DATE_TEXT = 16;

    private ApiValues() {
    }

    /** A page number from 0 and a page size from 1 to {@code maxSize}; anything else is a 400 naming the parameter. */
    public static void checkPaging(int page, int size, int maxSize) {
        if (page < 0) {
            throw AccountabilityException.invalid("page", "paging.invalid");
        }
        if (size < 1 || size > maxSize) {
            throw AccountabilityException.invalid("size", "paging.invalid");
        }
    }

    public static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    public static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    public static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /**
     * Money: a plain decimal number of yuan in ASCII digits, surrounding blanks ignored. Blank is null. The text is
     * checked before it becomes a number, and the number's size before it is written out ({@link Inputs#moneyText}):
     * at most {@value Inputs#MAX_MONEY_TEXT} characters, {@value Inputs#MONEY_INTEGER_DIGITS} digits before the point.
     * How many decimals it may have is the reader's rule: {@link JsonInput#money} allows two, the services check theirs.
     */
    public static BigDecimal money(String field, String text) {
        return Inputs.moneyText(field, text);
    }

    /**
     * A date: ISO YYYY-MM-DD, surrounding blanks ignored, between {@link Inputs#EARLIEST_DATE} and
     * {@link Inputs#LATEST_DATE}. Blank is null.
     */
    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String iso = text.strip();
        if (iso.length() > MAX_DATE_TEXT) {
            throw AccountabilityException.invalid(field, DATE_INVALID);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            throw AccountabilityException.invalid(field, DATE_INVALID);
        }
        return Inputs.date(field, date);
    }

    /**
     * A whole number given as text (a query parameter): at most {@value JsonBody#MAX_NUMBER} characters and within
     * {@code int}, else a 400 naming the parameter. Blank is null.
     */
    public static Integer integer(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String digits = text.strip();
        if (digits.length() > JsonBody.MAX_NUMBER || !digits.matches("[+-]?[0-9]+")) {
            throw AccountabilityException.invalid(field, "input.integer");
        }
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            throw AccountabilityException.invalid(field, "input.integer");
        }
    }

    /** A code in any letter case (query parameters, and the bodies that have always taken them so). Blank is null. */
    public static <E extends Enum<E>> E code(Class<E> type, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw AccountabilityException.invalid(field, "field.unknownCode", text);
        }
    }

    /** Codes given as a repeated parameter or comma-separated ("status=CHECKING,ACCEPTED"). */
    public static <E extends Enum<E>> Set<E> codes(Class<E> type, String field, List<String> texts) {
        Set<E> codes = EnumSet.noneOf(type);
        if (texts != null) {
            for (String text : texts) {
                for (String part : text.split(",")) {
                    E code = code(type, field, part);
                    if (code != null) {
                        codes.add(code);
                    }
                }
            }
        }
        return codes;
    }
}
