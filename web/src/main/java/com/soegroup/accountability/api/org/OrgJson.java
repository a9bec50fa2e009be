package com.soegroup.accountability.api.org;

import com.soegroup.accountability.shared.AccountabilityException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** api.md's conventions for this area: money as a string with two decimals, codes as enum names. */
final class OrgJson {

    private OrgJson() {
    }

    static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A money string of a request; anything but a plain decimal number is a 400 naming the field. */
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

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
