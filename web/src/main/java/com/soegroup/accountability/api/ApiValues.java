package com.soegroup.accountability.api;

import com.soegroup.accountability.shared.AccountabilityException;

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
 * codes as enum names. Query parameters and bound request records are read here (anything wrong is a 400
 * naming the field); JSON bodies read field by field use {@link JsonInput}.
 */
public final class ApiValues {

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

    /** A money string; anything but a plain decimal number is a 400 naming the field. Blank is null. */
    public static BigDecimal money(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw AccountabilityException.invalid(field, "money.invalid");
        }
    }

    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw AccountabilityException.invalid(field, "date.invalid");
        }
    }

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
