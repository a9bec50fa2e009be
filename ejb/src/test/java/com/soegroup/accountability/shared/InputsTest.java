package com.soegroup.accountability.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the services take of what people type (issue 16): lengths in characters, no NUL, amounts and dates. */
class InputsTest {

    private static final String EMOJI = "😀";

    @Test
    void aLengthIsCountedInCharactersAsAPersonCountsThem() {
        assertEquals(EMOJI.repeat(2000), Inputs.text("summary", EMOJI.repeat(2000), 2000),
                "2,000 emoji are 2,000 characters, though 4,000 UTF-16 units");
        AccountabilityException tooLong = assertThrows(AccountabilityException.class,
                () -> Inputs.text("summary", EMOJI.repeat(2001), 2000));
        assertEquals("summary", tooLong.field());
        assertEquals("field.tooLong", tooLong.messageKey());
        assertEquals(2000, tooLong.arguments()[0]);
    }

    @Test
    void aNulCharacterIsRefusedInEveryText() {
        for (AccountabilityException refused : new AccountabilityException[] {
                assertThrows(AccountabilityException.class, () -> Inputs.text("reason", "a\u0000b", 100)),
                assertThrows(AccountabilityException.class, () -> Inputs.optional("note", "\u0000", 100)),
                assertThrows(AccountabilityException.class, () -> Inputs.checkLength("text", "x\u0000", 100))}) {
            assertEquals("input.nul", refused.messageKey());
            assertEquals(ErrorCode.INVALID_INPUT, refused.code());
        }
    }

    @ParameterizedTest
    @CsvSource({"1000000.00, 1000000.00", "' 12.5 ', 12.5", "1e3, 1000", "9999999999999999.99, 9999999999999999.99",
            "1.234, 1.234"})
    void anAmountIsAPlainNumberOfAsciiDigits(String text, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(Inputs.moneyText("amount", text)));
    }

    @ParameterizedTest
    @CsvSource({"'１００', money.invalid", "abc, money.invalid", "'1,000', money.invalid",
            "99999999999999999.99, money.tooLarge", "1e17, money.tooLarge", "1e1000000, money.tooLarge",
            "1e-1000000, money.scale", "0e-1000000, money.scale", "0e1000000, money.invalid",
            "'0.0000000000000000000001', money.scale"})
    void anythingElseIsRefusedBeforeItIsWrittenOut(String text, String key) {
        AccountabilityException refused = assertTimeoutPreemptively(Duration.ofMillis(500),
                () -> assertThrows(AccountabilityException.class, () -> Inputs.moneyText("amount", text)));
        assertEquals(key, refused.messageKey());
        assertEquals("amount", refused.field());
    }

    @Test
    void aTextLongerThanAnyAmountIsNotOne() {
        assertEquals("money.invalid", assertThrows(AccountabilityException.class,
                () -> Inputs.moneyText("amount", "1".repeat(Inputs.MAX_MONEY_TEXT + 1))).messageKey());
        assertNull(Inputs.moneyText("amount", " "));
    }

    @Test
    void anAmountFitsAColumnOnlyWithinItsDigits() {
        assertTrue(Inputs.fitsMoney(new BigDecimal("9999999999999999.99")));
        assertFalse(Inputs.fitsMoney(new BigDecimal("99999999999999999.99")));
        assertFalse(Inputs.fitsMoney(new BigDecimal("1.001")));
        // a million digits written as nine characters: decided on its size, never expanded
        assertFalse(assertTimeoutPreemptively(Duration.ofMillis(500), () -> Inputs.fitsMoney(new BigDecimal("1e1000000"))));
        assertFalse(assertTimeoutPreemptively(Duration.ofMillis(500), () -> Inputs.fitsMoney(new BigDecimal("1e-1000000"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01", "0000-01-01", "1899-12-31", "2201-01-01", "+999999999-12-31"})
    void aDateOutsideTheApplicationsYearsIsRefused(String iso) {
        AccountabilityException refused = assertThrows(AccountabilityException.class,
                () -> Inputs.date("referredOn", LocalDate.parse(iso)));
        assertEquals("referredOn", refused.field());
        assertEquals("date.range", refused.messageKey());
    }

    @Test
    void theFirstAndLastDayAreDates() {
        assertEquals(Inputs.EARLIEST_DATE, Inputs.date("on", LocalDate.of(1900, 1, 1)));
        assertEquals(Inputs.LATEST_DATE, Inputs.date("on", LocalDate.of(2200, 12, 31)));
        assertEquals("date.range", assertThrows(AccountabilityException.class, () -> Inputs.notFuture("on",
                LocalDate.parse("0000-01-01"), LocalDate.of(2026, 1, 1), "date.future")).messageKey());
    }

    @Test
    void aMessageQuotesAtMostTwentyCharactersOfWhatWasTyped() {
        assertEquals("short", Inputs.quote("short"));
        assertEquals(EMOJI.repeat(20) + "…", Inputs.quote(EMOJI.repeat(25)));
        assertEquals("x".repeat(20), Inputs.quote("x".repeat(20)));

        AccountabilityException refused = AccountabilityException.invalid("enterprise", "enterprise.unknown",
                "Y".repeat(9_500_000), 42);
        assertEquals("Y".repeat(20) + "…", refused.arguments()[0], "a refusal never repeats a long input");
        assertEquals(42, refused.arguments()[1]);
    }
}
