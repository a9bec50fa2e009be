package com.soegroup.accountability.api;

import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.ErrorCode;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Request bodies: how a body becomes a request record, and the one parser of money and dates. */
class ApiRequestTest {

    @Test
    void everyRequestRecordCanBeRead() throws Exception {
        var root = Paths.get(ApiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> wrong = new ArrayList<>();
        int found = 0;
        try (var files = Files.walk(root.resolve("com/soegroup/accountability/api"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ApiRequestTest.class.getClassLoader());
                if (ApiRequest.class.isAssignableFrom(type) && type != ApiRequest.class) {
                    found++;
                    try {
                        Method read = type.getDeclaredMethod("read", JsonInput.class);
                        if (!Modifier.isStatic(read.getModifiers()) || read.getReturnType() != type || !type.isRecord()) {
                            wrong.add(type.getName());
                        }
                    } catch (NoSuchMethodException e) {
                        wrong.add(type.getName());
                    }
                }
            }
        }
        assertTrue(found > 30, "request records found: " + found);
        assertEquals(List.of(), wrong, "records without static T read(JsonInput)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "null", " null "})
    void noBodyIsRefused(String body) {
        AccountabilityException refused = assertThrows(AccountabilityException.class,
                () -> ApiRequestReader.body(body, false));
        assertEquals(ErrorCode.INVALID_INPUT, refused.code());
        assertEquals("request.body.required", refused.messageKey());
        assertNull(refused.field());
        assertEquals(Json.createObjectBuilder().build(), ApiRequestReader.body(body, true), "or read as {} when allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "5", "[]", "\"x\"", "{\"a\": }", "true"})
    void anythingButAnObjectIsMalformed(String body) {
        AccountabilityException refused = assertThrows(AccountabilityException.class,
                () -> ApiRequestReader.body(body, false));
        assertEquals(ErrorCode.MALFORMED_REQUEST, refused.code());
        assertEquals(ErrorCode.MALFORMED_REQUEST.bundleKey(), refused.messageKey());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1000000|1000000.00", "1.5|1.50", " 12.50 |12.50", "1e3|1000.00", "-1|-1.00",
            "12.340|12.34", "0.10|0.10"})
    void moneyIsAPlainNumberWithAtMostTwoDecimals(String text, String expected) {
        assertEquals(new BigDecimal(expected), body("amount", text).money("amount", true));
        assertEquals(0, new BigDecimal(expected).compareTo(ApiValues.money("amount", text)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"abc|money.invalid", "1,000|money.invalid", "' '|money.invalid",
            "1.234|money.scale", "0.001|money.scale"})
    void anythingElseIsNotMoney(String text, String key) {
        AccountabilityException refused = assertThrows(AccountabilityException.class,
                () -> body("amount", text).money("amount", false));
        assertEquals(key, refused.messageKey());
        assertEquals("amount", refused.field());
    }

    @Test
    void moneyAsTextLeavesTheDecimalsToTheService() {
        assertEquals(new BigDecimal("1.234"), body("possibleLoss", " 1.234 ").moneyText("possibleLoss"));
        assertNull(body("possibleLoss", " ").moneyText("possibleLoss"));
        assertEquals("money.invalid", assertThrows(AccountabilityException.class,
                () -> body("possibleLoss", "abc").moneyText("possibleLoss")).messageKey());
    }

    @Test
    void datesAreIso() {
        assertEquals(LocalDate.of(2026, 2, 3), ApiValues.date("on", " 2026-02-03 "));
        assertNull(ApiValues.date("on", " "));
        AccountabilityException refused = assertThrows(AccountabilityException.class, () -> ApiValues.date("on", "2026-13-01"));
        assertEquals("date.invalid", refused.messageKey());
        assertEquals("on", refused.field());
    }

    @Test
    void aBodysDateIsExactlyIsoUnlessTakenAsText() {
        assertEquals(LocalDate.of(2026, 2, 3), body("on", "2026-02-03").date("on", true));
        for (String text : new String[] {" 2026-02-03 ", "", "2026-13-01"}) {
            assertEquals("date.invalid", assertThrows(AccountabilityException.class,
                    () -> body("on", text).date("on", false)).messageKey(), text);
        }
        assertEquals(LocalDate.of(2026, 2, 3), body("on", " 2026-02-03 ").dateText("on"));
        assertNull(body("on", "").dateText("on"));
    }

    private static JsonInput body(String name, String value) {
        return JsonInput.of(Json.createObjectBuilder().add(name, value).build());
    }

    @Test
    void aBodyNamesThePathOfWhatIsWrong() {
        JsonInput in = JsonInput.of(Json.createObjectBuilder()
                .add("amount", 12.5).add("on", 5).add("blank", " ")
                .add("nested", Json.createArrayBuilder().add(Json.createObjectBuilder().add("date", "x")))
                .build());

        assertEquals(new BigDecimal("12.50"), in.money("amount", true), "a JSON number is money too");
        assertEquals("on", assertThrows(AccountabilityException.class, () -> in.date("on", false)).field());
        // issue 16: a number (or true) where a text is expected is refused, never stored as its text
        AccountabilityException notText = assertThrows(AccountabilityException.class, () -> in.untrimmed("on"));
        assertEquals("on", notText.field());
        assertEquals("input.text", notText.messageKey());
        AccountabilityException nested = assertThrows(AccountabilityException.class,
                () -> in.objects("nested", true, item -> item.date("date", true)));
        assertEquals("nested[0].date", nested.field());
        assertEquals("date.invalid", nested.messageKey());
    }
}
