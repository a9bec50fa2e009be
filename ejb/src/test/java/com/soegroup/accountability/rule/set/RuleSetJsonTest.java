package com.soegroup.accountability.rule.set;

import com.soegroup.accountability.rule.RuleInputException;
import com.soegroup.accountability.rule.RuleSetFixtures;
import com.soegroup.accountability.rule.level.LossLevel;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped files and their codec: the single source of the seed rule sets. */
class RuleSetJsonTest {

    private static String text(String resource) throws IOException {
        try (InputStream in = RuleSetJsonTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static String written(RuleSet set) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RuleSetJson.write(set, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static RuleSet read(String text) {
        return RuleSetJson.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {RuleSetFixtures.YIBIN, RuleSetFixtures.CENTRAL})
    void roundTripKeepsEveryValueAndTheDocumentItself(String resource) throws IOException {
        RuleSet set = RuleSetFixtures.load(resource);

        String again = written(set);

        assertEquals(set, read(again));
        assertEquals(json(text(resource)), json(again), "writing the read file gives the same JSON");
    }

    @Test
    void municipalSetAsShipped() {
        RuleSet yibin = RuleSetFixtures.yibin();
        assertEquals("YB-SASAC-2020", yibin.code());
        assertEquals(LocalDate.of(2020, 11, 20), yibin.effectiveFrom());
        assertEquals(RuleSetStatus.IN_FORCE, yibin.status());
        assertTrue(yibin.tablesReviewed());
        assertNull(yibin.filingDate());
        assertTrue(yibin.hasShareTest());
        assertEquals(new BigDecimal("0.03"), yibin.tier(LossLevel.MAJOR).shareFrom());
        assertEquals(6, yibin.sanctions().size());
        assertEquals(9, yibin.effects().size());
        assertEquals(5, yibin.ban().minimumYears());
        assertEquals(3, yibin.clawBack().termIncentiveYears());
    }

    @Test
    void centralSetGradesByAmountOnlyAndSaysItsTablesAreUnreviewed() {
        RuleSet central = RuleSetFixtures.central();
        assertEquals("SASAC-46-2026", central.code());
        assertEquals(LocalDate.of(2026, 1, 1), central.effectiveFrom());
        assertFalse(central.tablesReviewed());
        assertFalse(central.hasShareTest());
        assertEquals(new BigDecimal("5000000.00"), central.tier(LossLevel.LARGER).amountFrom());
        assertEquals(new BigDecimal("50000000.00"), central.tier(LossLevel.MAJOR).amountFrom());
        RuleSet yibin = RuleSetFixtures.yibin();
        for (int i = 0; i < yibin.sanctions().size(); i++) {
            var municipal = yibin.sanctions().get(i);
            var copy = central.sanctions().get(i);
            assertEquals(municipal.measures(), copy.measures());
            assertEquals(municipal.performanceSalaryPercent(), copy.performanceSalaryPercent());
            assertEquals(municipal.termIncentivePercent(), copy.termIncentivePercent());
            assertEquals(municipal.handBackYears(), copy.handBackYears());
            assertEquals(municipal.incentiveBarYears(), copy.incentiveBarYears());
        }
    }

    @ParameterizedTest(name = "{0} → {2} at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "code": "YB-SASAC-2020",                 | $.code                        | RuleInput.ruleSetMalformed
            "amountFrom": "1000000.00",              | $.lossLevels[1].amountFrom    | RuleInput.ruleSetMalformed
            "effectiveFrom": "2020-11-20",           | $.effectiveFrom               | RuleInput.ruleSetMalformed
            "status": "IN_FORCE",                    | $.status                      | RuleInput.ruleSetMalformed
            "period": "P6M",                         | $.effects[0].period           | RuleInput.ruleSetMalformed
            "amountFrom": "10000000.00",             | $.lossLevels[2]               | RuleInput.ruleSetInconsistent
            "handBackYears": 2,                      | $.sanctions[2].handBackYears  | RuleInput.ruleSetInconsistent
            "minimumYears": 5,                       | $.ban.minimumYears            | RuleInput.ruleSetMalformed
            """)
    void namesWhereADocumentIsWrong(String original, String field, String bundleKey) throws IOException {
        String replacement = switch (field) {
            case "$.code" -> "\"code\": null,";
            case "$.lossLevels[1].amountFrom" -> "\"amountFrom\": 1000000.00,";
            case "$.effectiveFrom" -> "\"effectiveFrom\": \"20.11.2020\",";
            case "$.status" -> "\"status\": \"VALID\",";
            case "$.effects[0].period" -> "\"period\": \"six months\",";
            case "$.lossLevels[2]" -> "\"amountFrom\": \"999999.00\",";
            case "$.sanctions[2].handBackYears" -> "\"handBackYears\": 0,";
            case "$.ban.minimumYears" -> "\"minimumYears\": 5.5,";
            default -> throw new IllegalArgumentException(field);
        };
        String broken = text(RuleSetFixtures.YIBIN).replaceFirst(Pattern.quote(original.strip()),
                Matcher.quoteReplacement(replacement));

        RuleInputException e = assertThrows(RuleInputException.class, () -> read(broken));

        assertEquals(field, e.field());
        assertEquals(bundleKey, e.bundleKey());
    }

    @Test
    void aMatrixNotCoveringEachResponsibilityOnceIsRefused() throws IOException {
        String majorDirectTwice = text(RuleSetFixtures.YIBIN)
                .replace("\"responsibilities\": [\n        \"LEADERSHIP\"\n      ],\n      \"measures\": [\n        \"TRANSFER\"",
                        "\"responsibilities\": [\n        \"DIRECT\"\n      ],\n      \"measures\": [\n        \"TRANSFER\"");

        RuleInputException e = assertThrows(RuleInputException.class, () -> read(majorDirectTwice));

        assertEquals(RuleInputException.RULE_SET_INCONSISTENT, e.bundleKey());
    }

    @Test
    void notJsonIsRefused() {
        RuleInputException e = assertThrows(RuleInputException.class, () -> read("{\"code\": "));
        assertEquals("$", e.field());
        assertEquals(RuleInputException.RULE_SET_MALFORMED, e.bundleKey());
    }
}
