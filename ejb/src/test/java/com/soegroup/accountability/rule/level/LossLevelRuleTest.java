package com.soegroup.accountability.rule.level;

import com.soegroup.accountability.rule.ApiShape;
import com.soegroup.accountability.rule.RuleInputException;
import com.soegroup.accountability.rule.RuleSetFixtures;
import com.soegroup.accountability.rule.set.RuleSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rules.md §2 against M§19 (第十九条) through the shipped rule sets. */
class LossLevelRuleTest {

    private static BigDecimal money(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    @ParameterizedTest(name = "L={0} A={1} → {2} (amount {3}, share {4})")
    @CsvSource(nullValues = "-", textBlock = """
            # L,              A,                level,   byAmount, byShare
            0.00,             -,                GENERAL, GENERAL,  -
            999999.99,        -,                GENERAL, GENERAL,  -
            1000000.00,       -,                LARGER,  LARGER,   -
            1000000.01,       -,                LARGER,  LARGER,   -
            9999999.99,       -,                LARGER,  LARGER,   -
            10000000.00,      -,                MAJOR,   MAJOR,    -
            10000000.01,      -,                MAJOR,   MAJOR,    -
            # A = 50,000,000: 1% = 500,000; 3% = 1,500,000
            499999.99,        50000000.00,      GENERAL, GENERAL,  GENERAL
            500000.00,        50000000.00,      LARGER,  GENERAL,  LARGER
            800000.00,        50000000.00,      LARGER,  GENERAL,  LARGER
            1000000.00,       50000000.00,      LARGER,  LARGER,   LARGER
            1499999.99,       50000000.00,      LARGER,  LARGER,   LARGER
            1500000.00,       50000000.00,      MAJOR,   LARGER,   MAJOR
            1500000.01,       50000000.00,      MAJOR,   LARGER,   MAJOR
            # A = 1,000,000,000: 1% = 10,000,000 — the amount test reaches further than the share test
            9999999.99,       1000000000.00,    LARGER,  LARGER,   GENERAL
            10000000.00,      1000000000.00,    MAJOR,   MAJOR,    LARGER
            29999999.99,      1000000000.00,    MAJOR,   MAJOR,    LARGER
            30000000.00,      1000000000.00,    MAJOR,   MAJOR,    MAJOR
            # A = 33,333,333.33: 3% = 999,999.9999 — a share rounded to 4 places would read 3.00% one fen early
            999999.99,        33333333.33,      LARGER,  GENERAL,  LARGER
            1000000.00,       33333333.33,      MAJOR,   LARGER,   MAJOR
            # A = 0.01: any loss of at least 0.01 is 100% of it
            0.00,             0.01,             GENERAL, GENERAL,  GENERAL
            0.01,             0.01,             MAJOR,   GENERAL,  MAJOR
            """)
    void municipalLevels(String amount, String assets, LossLevel level, LossLevel byAmount, LossLevel byShare) {
        LossLevelResult result = LossLevelRule.classify(money(amount), money(assets), RuleSetFixtures.yibin());

        assertEquals(level, result.level());
        assertEquals(byAmount, result.byAmount());
        assertEquals(byShare, result.byShare());
        assertEquals(assets == null, result.assetsMissing());
        assertEquals("YB-SASAC-2020", result.ruleSetCode());
        assertEquals(List.of("第十九条"), result.articles());
    }

    @ParameterizedTest(name = "central set: L={0} → {1}")
    @CsvSource(textBlock = """
            0.00,          GENERAL
            999999.99,     GENERAL
            1000000.00,    GENERAL
            4999999.99,    GENERAL
            5000000.00,    LARGER
            10000000.00,   LARGER
            49999999.99,   LARGER
            50000000.00,   MAJOR
            50000000.01,   MAJOR
            """)
    void centralLevelsByAmountOnly(String amount, LossLevel level) {
        RuleSet central = RuleSetFixtures.central();
        // a share of 100% of assets must not matter: Order 46 grades by amount alone
        for (BigDecimal assets : new BigDecimal[] {null, money("0.01"), money("1000000000.00")}) {
            LossLevelResult result = LossLevelRule.classify(money(amount), assets, central);
            assertEquals(level, result.level());
            assertEquals(level, result.byAmount());
            assertNull(result.byShare());
            assertFalse(result.assetsMissing(), "no share test, so nothing is missing");
            assertEquals("SASAC-46-2026", result.ruleSetCode());
        }
    }

    @Test
    void apiExampleVerbatim() {
        String response = """
                {"level": "LARGER", "byAmount": "LARGER", "byShare": "LARGER", "assetsMissing": false, "ruleSet": "<code>"}
                """.replace("<code>", "YB-SASAC-2020");

        LossLevelResult result = LossLevelRule.classify(money("1000000.00"), money("50000000.00"),
                RuleSetFixtures.yibin());

        assertEquals(ApiShape.parse(response), ApiShape.lossLevel(result));
    }

    @Test
    void assetsMissingClassifiesByAmountAndSaysSo() {
        LossLevelResult result = LossLevelRule.classify(money("800000.00"), null, RuleSetFixtures.yibin());

        assertEquals(LossLevel.GENERAL, result.level());
        assertNull(result.byShare());
        assertTrue(result.assetsMissing());
    }

    @Test
    void acceptsFewerDecimalsAndTrailingZeros() {
        assertEquals(LossLevel.LARGER,
                LossLevelRule.classify(money("1000000"), money("1000000000.000"), RuleSetFixtures.yibin()).level());
        assertEquals(LossLevel.LARGER,
                LossLevelRule.classify(money("1E+6"), null, RuleSetFixtures.yibin()).level());
    }

    @ParameterizedTest(name = "L={0} A={1} → {2} at {3}")
    @CsvSource(nullValues = "-", textBlock = """
            -1.00,        -,             RuleInput.negative,        amount
            -0.01,        50000000.00,   RuleInput.negative,        amount
            1000000.001,  -,             RuleInput.tooManyDecimals, amount
            -,            50000000.00,   RuleInput.required,        amount
            1000000.00,   0.00,          RuleInput.notPositive,     priorYearEndAssets
            1000000.00,   -5.00,         RuleInput.negative,        priorYearEndAssets
            1000000.00,   50000000.005,  RuleInput.tooManyDecimals, priorYearEndAssets
            """)
    void rejectsBadInput(String amount, String assets, String bundleKey, String field) {
        RuleInputException e = assertThrows(RuleInputException.class,
                () -> LossLevelRule.classify(money(amount), money(assets), RuleSetFixtures.yibin()));
        assertEquals(bundleKey, e.bundleKey());
        assertEquals(field, e.field());
    }

    @Test
    void anotherRegionsThresholdsNeedNoCode() {
        RuleSet yibin = RuleSetFixtures.yibin();
        // a made-up region: 2,000,000 / 20,000,000 and 2% / 5% — only the data differ
        RuleSet region = new RuleSet("REGION-X", yibin.issuer(), yibin.title(), yibin.effectiveFrom(), null,
                yibin.status(), true, List.of(
                new LossLevelTier(LossLevel.GENERAL, money("0"), null, "第九条"),
                new LossLevelTier(LossLevel.LARGER, money("2000000"), money("0.02"), "第九条"),
                new LossLevelTier(LossLevel.MAJOR, money("20000000"), money("0.05"), "第十条")),
                yibin.sanctions(), yibin.effects(), yibin.ban(), yibin.clawBack(), yibin.articles());

        assertEquals(LossLevel.GENERAL, LossLevelRule.classify(money("1999999.99"), null, region).level());
        assertEquals(LossLevel.LARGER, LossLevelRule.classify(money("2000000.00"), null, region).level());
        LossLevelResult byShare = LossLevelRule.classify(money("2500000.00"), money("50000000.00"), region);
        assertEquals(LossLevel.MAJOR, byShare.level());
        assertEquals(List.of("第九条", "第十条"), byShare.articles());
    }
}
