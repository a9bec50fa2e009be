package com.soegroup.accountability.api.effect;

import com.soegroup.accountability.shared.AccountabilityException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A date of a query parameter or body: ISO YYYY-MM-DD, absent means "today" to the service; anything else 400. */
final class Dates {

    private Dates() {
    }

    static LocalDate parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw AccountabilityException.invalid(field, "input.date");
        }
    }
}
