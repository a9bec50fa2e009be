package com.soegroup.accountability.api;

import com.soegroup.accountability.api.clue.ClueDtos;
import com.soegroup.accountability.api.decision.DecisionDtos;
import com.soegroup.accountability.clue.ClueStatus;
import com.soegroup.accountability.rule.sanction.Exclusion;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.ErrorCode;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Input that hurts the server (issue 16): what a request body may hold, refused before any work, naming the field. */
class JsonBodyTest {

    private static final String EMOJI = "😀";

    @Test
    void aNulCharacterIsRefusedWhereverItIsNamingItsPath() {
        AccountabilityException refused = refused("{\"summary\": \"x\", \"persons\": [{\"name\": \"a\"}, "
                + "{\"name\": \"b\\u0000c\"}]}", ClueDtos.Registration.class);
        assertEquals("persons[1].name", refused.field());
        assertEquals("input.nul", refused.messageKey());
        assertEquals("input.nul", refused("{\"anything\": \"\\u0000\"}", null).messageKey(), "in a field no record names");
    }

    @Test
    void aTextsLimitIsTheOneItsRecordDeclaresCountedInCharacters() {
        JsonObject fits = JsonBody.parse("{\"text\": \"" + EMOJI.repeat(2000) + "\"}", ClueDtos.TextRequest.class)
                .asJsonObject();
        assertEquals(2000, fits.getString("text").codePointCount(0, fits.getString("text").length()));

        AccountabilityException refused = refused("{\"text\": \"" + EMOJI.repeat(2001) + "\"}", ClueDtos.TextRequest.class);
        assertEquals("text", refused.field());
        assertEquals("field.tooLong", refused.messageKey());
        assertEquals(2000, refused.arguments()[0]);
    }

    @Test
    void nestedAndFlattenedRecordsBringTheirLimits() {
        AccountabilityException person = refused("{\"persons\": [{\"name\": \"" + "名".repeat(101) + "\"}]}",
                ClueDtos.Registration.class);
        assertEquals("persons[0].name", person.field());
        assertEquals(100, person.arguments()[0]);

        // a proposal's decision fields are read from the proposal's own object
        AccountabilityException basis = refused("{\"caseNo\": \"X\", \"legalBasis\": \"" + "依".repeat(401) + "\"}",
                DecisionDtos.ProposalRequest.class);
        assertEquals("legalBasis", basis.field());
        assertEquals(400, basis.arguments()[0]);
    }

    @Test
    void aFieldWithoutALimitOfItsOwnTakesTheLongestTextOfAnyColumn() {
        AccountabilityException refused = refused("{\"whatever\": \"" + "x".repeat(JsonBody.MAX_TEXT + 1) + "\"}", null);
        assertEquals("whatever", refused.field());
        assertEquals(JsonBody.MAX_TEXT, refused.arguments()[0]);
    }

    @Test
    void aNumberIsShortAndWrittenOutAndDecidedAtOnce() {
        AccountabilityException exponent = assertTimeoutPreemptively(Duration.ofMillis(500),
                () -> refused("{\"amount\": 1e1000000}", null));
        assertEquals("amount", exponent.field());
        assertEquals("input.number.exponent", exponent.messageKey());

        AccountabilityException tooLong = refused("{\"version\": " + "1".repeat(1200) + "}", null);
        assertEquals("version", tooLong.field());
        assertEquals("input.number.tooLong", tooLong.messageKey());

        AccountabilityException beyondInt = assertThrows(AccountabilityException.class,
                () -> JsonInput.of(JsonBody.parse("{\"version\": 4294967297}", null).asJsonObject()).integer("version"));
        assertEquals("version", beyondInt.field());
        assertEquals("input.integer", beyondInt.messageKey());
    }

    @Test
    void aBodyNestedDeeperThanAnyRequestIsMalformed() {
        String deep = "[".repeat(JsonBody.MAX_DEPTH + 1) + "]".repeat(JsonBody.MAX_DEPTH + 1);
        AccountabilityException refused = refused("{\"a\": " + deep + "}", null);
        assertEquals(ErrorCode.MALFORMED_REQUEST, refused.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "5", "{}", "[\"x\"]"})
    void anythingButAStringIsNotAText(String value) {
        JsonInput in = JsonInput.of(JsonBody.parse("{\"summary\": " + value + "}", null).asJsonObject());
        AccountabilityException refused = assertThrows(AccountabilityException.class, () -> in.untrimmed("summary"));
        assertEquals("summary", refused.field());
        assertEquals("input.text", refused.messageKey());
        assertEquals("input.text", assertThrows(AccountabilityException.class, () -> in.text("summary", false)).messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"99999999999999999.99\"", "\"1e1000000\"", "\"１００\"", "\"1e-1000000\"",
            "\"" + "1111111111111111111111111111111111111111111\"", "99999999999999999.99", "true"})
    void moneyIsCheckedByItsSizeBeforeAnythingWritesItOut(String value) {
        JsonInput in = JsonInput.of(JsonBody.parse("{\"amount\": " + value + "}", null).asJsonObject());
        AccountabilityException refused = assertTimeoutPreemptively(Duration.ofMillis(500),
                () -> assertThrows(AccountabilityException.class, () -> in.money("amount", true)));
        assertEquals("amount", refused.field());
        assertTrue(refused.messageKey().startsWith("money."), refused.messageKey());
        assertEquals(refused.messageKey(), assertThrows(AccountabilityException.class,
                () -> in.moneyText("amount")).messageKey(), "the ledger's reading refuses the same");
    }

    @Test
    void theLargestAmountAColumnHoldsIsMoney() {
        JsonInput in = JsonInput.of(JsonBody.parse("{\"a\": \"9999999999999999.99\", \"b\": 12.5}", null).asJsonObject());
        assertEquals(new BigDecimal("9999999999999999.99"), in.money("a", true));
        assertEquals(new BigDecimal("12.50"), in.money("b", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01", "0000-01-01", "1899-12-31", "2201-01-01", "+999999999-12-31"})
    void aDateOutsideTheApplicationsYearsIsRefusedNamingTheField(String iso) {
        AccountabilityException refused = assertThrows(AccountabilityException.class, () -> ApiValues.date("referredOn", iso));
        assertEquals("referredOn", refused.field());
        assertEquals("date.range", refused.messageKey());
        JsonInput in = JsonInput.of(JsonBody.parse("{\"on\": \"" + iso + "\"}", null).asJsonObject());
        assertEquals("date.range", assertThrows(AccountabilityException.class, () -> in.date("on", true)).messageKey());
        assertEquals(LocalDate.of(1900, 1, 1), ApiValues.date("on", "1900-01-01"));
    }

    @Test
    void aQueryParameterVersionIsAnIntOrA400() {
        assertEquals(7, ApiValues.integer("version", " 7 "));
        for (String bad : List.of("4294967297", "1".repeat(40), "1e3", "x")) {
            AccountabilityException refused = assertThrows(AccountabilityException.class, () -> ApiValues.integer("version", bad));
            assertEquals("version", refused.field(), bad);
            assertEquals("input.integer", refused.messageKey(), bad);
        }
    }

    @Test
    void aMessageNamesAStateByItsTextAndQuotesInputShort() {
        AccountabilityException illegal = AccountabilityException.conflict("clue.transition.illegal", ClueStatus.REGISTERED,
                ClueStatus.CLOSED);
        String chinese = ApiMessages.text(Locale.SIMPLIFIED_CHINESE, illegal.messageKey(), illegal.arguments());
        assertTrue(chinese.contains("已登记"), chinese);
        assertFalse(chinese.contains("REGISTERED"), chinese);
        String english = ApiMessages.text(Locale.ENGLISH, illegal.messageKey(), illegal.arguments());
        assertTrue(english.contains("Registered") && !english.contains("ClueStatus"), english);

        String codes = ApiMessages.text(Locale.ENGLISH, "faultTolerance.excluded", List.of(Exclusion.INTENT, Exclusion.ARBITRARY));
        assertFalse(codes.contains("INTENT") || codes.contains("ARBITRARY"), codes);

        AccountabilityException unknown = AccountabilityException.invalid("enterprise", "enterprise.unknown", "Y".repeat(100_000));
        String quoted = ApiMessages.text(Locale.ENGLISH, unknown.messageKey(), unknown.arguments());
        assertTrue(quoted.length() < 200, quoted);
        assertTrue(quoted.contains("Y".repeat(20) + "…"), quoted);
    }

    private static AccountabilityException refused(String json, Class<?> type) {
        return assertThrows(AccountabilityException.class, () -> JsonBody.parse(json, type));
    }
}
