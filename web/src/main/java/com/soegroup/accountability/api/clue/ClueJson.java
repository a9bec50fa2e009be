package com.soegroup.accountability.api.clue;

import com.soegroup.accountability.shared.AccountabilityException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** api.md's conventions for the clue API: money as a string with two decimals, dates ISO, codes as enum names. */
final class ClueJson {

    private ClueJson() {
    }

    static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static BigDecimal money(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw AccountabilityException.invalid(field, "money.invalid");
        }
    }

    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw AccountabilityException.invalid(field, "date.invalid");
        }
    }

    static <E extends Enum<E>> E code(Class<E> type, String field, String text) {
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
    static <E extends Enum<E>> Set<E> codes(Class<E> type, String field, List<String> texts) {
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

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
