package com.soegroup.accountability.rule.payback;

import com.soegroup.accountability.rule.RuleInputException;
import com.soegroup.accountability.rule.RuleSetFixtures;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.sanction.Responsibility;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rules.md §5 pay terms: M§28 (第二十八条) bases, O63 §5(2)3 departed staff, M§29 (第二十九条) highest not summed. */
class ClawBackRuleTest {

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    private static final Map<Integer, BigDecimal> TERM_2024_TO_2026 = Map.of(
            2024, money("100000.00"), 2025, money("120000.00"), 2026, money("80000.00"));

    @ParameterizedTest(name = "{0}% of 360,000 and {1}% of 300,000 → {2} + {3}")
    @CsvSource(textBlock = """
            # perf%, term%, perf amount, term amount, total
            50,      50,    180000.00,   150000.00,   330000.00
            100,     100,   360000.00,   300000.00,   660000.00
            30,      70,    108000.00,   210000.00,   318000.00
            49.99,   0,     179964.00,   0.00,        179964.00
            0,       0,     0.00,        0.00,        0.00
            33.33,   66.67, 119988.00,   200010.00,   319998.00
            """)
    void servingPersonDeterminationYearAndThreeYearsOfTermIncentive(String perf, String term, String perfAmount,
                                                                   String termAmount, String total) {
        ClawBack c = ClawBackRule.compute(PayBase.serving(2026, money("360000.00"), TERM_2024_TO_2026),
                money(perf), money(term), RuleSetFixtures.yibin());

        assertEquals(money(perfAmount), c.performanceSalaryAmount());
        assertEquals(money(termAmount), c.termIncentiveAmount());
        assertEquals(money(total), c.total());
        assertEquals(List.of("第二十八条"), c.articles());
    }

    @ParameterizedTest(name = "{1}% of {0} → {2}")
    @CsvSource(textBlock = """
            0.05,       50,    0.03
            0.01,       50,    0.01
            0.03,       50,    0.02
            123456.78,  33.33, 41148.14
            99999.99,   49.99, 49990.00
            1.00,       0.01,  0.00
            50.00,      0.01,  0.01
            """)
    void roundsEachAmountToTheFenHalfUp(String salary, String percent, String expected) {
        ClawBack c = ClawBackRule.compute(PayBase.serving(2026, money(salary), Map.of()), money(percent),
                BigDecimal.ZERO, RuleSetFixtures.yibin());
        assertEquals(money(expected), c.performanceSalaryAmount());
        assertEquals(2, c.performanceSalaryAmount().scale());
    }

    @Test
    void departedStaffBaseIsAllPerformanceSalaryBeforeLeavingAndThreeYearsOfTermIncentive() {
        // left in 2024; determination in 2026; MAJOR, direct responsibility: 100% and 100%
        PayBase base = PayBase.departed(2024, money("500000.00"),
                Map.of(2022, money("90000.00"), 2023, money("110000.00"), 2024, money("40000.00")));
        var row = RuleSetFixtures.yibin().sanctionRow(LossLevel.MAJOR, Responsibility.DIRECT);

        ClawBack c = ClawBackRule.compute(base, row.performanceSalaryPercent().max(),
                row.termIncentivePercent().max(), RuleSetFixtures.yibin());

        assertTrue(c.base().departed());
        assertEquals(money("500000.00"), c.performanceSalaryAmount());
        assertEquals(money("240000.00"), c.termIncentiveAmount());
        assertEquals(money("740000.00"), c.total());
        assertEquals(List.of("第二十八条", "第三十三条；国办发〔2016〕63号 五（二）3"), c.articles());
    }

    @ParameterizedTest(name = "term incentive of {1} with last year {0} is refused")
    @CsvSource(textBlock = """
            2026, 2023
            2026, 2027
            2024, 2021
            """)
    void termIncentiveOnlyForTheThreeYearsUpToAndIncludingTheLastYear(int lastYear, int year) {
        RuleInputException e = assertThrows(RuleInputException.class, () -> ClawBackRule.compute(
                PayBase.serving(lastYear, money("1.00"), Map.of(year, money("1.00"))),
                money("50"), money("50"), RuleSetFixtures.yibin()));
        assertEquals(RuleInputException.YEAR_OUTSIDE_WINDOW, e.bundleKey());
        assertEquals("termIncentiveByYear[" + year + "]", e.field());
    }

    @ParameterizedTest(name = "perf% {0} → {1}")
    @CsvSource(textBlock = """
            100.01, RuleInput.percentOutOfRange
            -1,     RuleInput.percentOutOfRange
            33.333, RuleInput.tooManyDecimals
            """)
    void rejectsPercentOutsideZeroToHundred(String percent, String bundleKey) {
        RuleInputException e = assertThrows(RuleInputException.class, () -> ClawBackRule.compute(
                PayBase.serving(2026, money("1.00"), Map.of()), money(percent), BigDecimal.ZERO,
                RuleSetFixtures.yibin()));
        assertEquals(bundleKey, e.bundleKey());
        assertEquals("performanceSalaryPercent", e.field());
    }

    @Test
    void rejectsNegativeOrOverPreciseBase() {
        assertEquals(RuleInputException.NEGATIVE, assertThrows(RuleInputException.class,
                () -> PayBase.serving(2026, money("-1.00"), Map.of())).bundleKey());
        RuleInputException e = assertThrows(RuleInputException.class,
                () -> PayBase.serving(2026, money("1.00"), Map.of(2026, money("0.001"))));
        assertEquals("termIncentiveByYear[2026]", e.field());
    }

    @Test
    void highestDeductionAppliesNotTheSum() {
        PayDeduction party = new PayDeduction(DeductionSource.PARTY_DISCIPLINE, money("50000.00"), "纪-1");
        PayDeduction government = new PayDeduction(DeductionSource.GOVERNMENT_DISCIPLINE, money("80000.00"), "政-1");
        PayDeduction accountability = new PayDeduction(DeductionSource.ACCOUNTABILITY, money("65000.00"), "追-1");

        EffectiveDeduction d = ClawBackRule.effective(List.of(party, government, accountability),
                RuleSetFixtures.yibin());

        assertEquals(government, d.effective());
        assertEquals(money("80000.00"), d.effective().amount());
        assertEquals(List.of(party, accountability), d.superseded());
        assertEquals("第二十九条", d.article());
    }

    @Test
    void onATieTheFirstGivenApplies() {
        PayDeduction accountability = new PayDeduction(DeductionSource.ACCOUNTABILITY, money("1000"), "追-2");
        PayDeduction party = new PayDeduction(DeductionSource.PARTY_DISCIPLINE, money("1000.00"), "纪-2");

        EffectiveDeduction d = ClawBackRule.effective(List.of(accountability, party), RuleSetFixtures.yibin());

        assertEquals(accountability, d.effective());
        assertEquals(List.of(party), d.superseded());
    }

    @Test
    void aSingleDeductionIsEffectiveAndNoneIsRefused() {
        PayDeduction only = new PayDeduction(DeductionSource.ACCOUNTABILITY, money("1.00"), null);
        EffectiveDeduction d = ClawBackRule.effective(List.of(only), RuleSetFixtures.yibin());
        assertEquals(only, d.effective());
        assertTrue(d.superseded().isEmpty());
        assertThrows(RuleInputException.class, () -> ClawBackRule.effective(List.of(), RuleSetFixtures.yibin()));
    }

    @Test
    void recommendedRangeTellsWhetherAChoiceNeedsAWrittenReason() {
        var range = RuleSetFixtures.yibin().sanctionRow(LossLevel.LARGER, Responsibility.LEADERSHIP)
                .performanceSalaryPercent();
        assertTrue(range.contains(money("30")));
        assertTrue(range.contains(money("70.00")));
        assertFalse(range.contains(money("29.99")));
        assertFalse(range.contains(money("70.01")));
    }
}
