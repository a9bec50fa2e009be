package com.soegroup.accountability.clue;

import com.soegroup.accountability.shared.AccountabilityException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What registration refuses before a number is drawn, and what it cleans up. */
class ClueValidationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 12);

    @Test
    void aCompleteClueIsTakenWithTextStrippedAndMoneyAtTwoDecimals() {
        ClueData clean = ClueValidation.validate(data("  反映某项目超概算付款  ", new BigDecimal("1200000.5"), TODAY), TODAY);

        assertEquals("反映某项目超概算付款", clean.summary());
        assertEquals(new BigDecimal("1200000.50"), clean.possibleLoss());
    }

    @Test
    void badInputNamesTheField() {
        assertField("possibleLoss", data("摘要", new BigDecimal("-1"), TODAY));
        assertField("possibleLoss", data("摘要", new BigDecimal("1.005"), TODAY));
        assertField("receivedOn", data("摘要", null, TODAY.plusDays(1)));
        assertField("summary", data(" ", null, TODAY));
        assertField("summary", data("x".repeat(4001), null, TODAY));
        assertField("summary", data("付款<script>alert(1)</script>", null, TODAY));
        assertField("persons[0].name", new ClueData(ClueSource.AUDIT, TODAY, "YBJT",
                List.of(new ClueData.PersonConcerned(null, " ", null)), "摘要", null, null, null, null));
    }

    @Test
    void comparisonsThatAreNotMarkupStayText() {
        ClueData clean = ClueValidation.validate(data("合同金额 < 预算 且 付款 > 结算价", null, TODAY), TODAY);

        assertTrue(clean.summary().contains("<"));
    }

    @Test
    void summariesOfTheSameMatterAreSimilarAndOthersAreNot() {
        double same = Similarity.of("示范路桥2025年向关联企业超合同约定预付工程款3000万元",
                "反映路桥公司2025年超合同约定向关联企业预付工程款约3000万元");
        double other = Similarity.of("示范路桥2025年向关联企业超合同约定预付工程款3000万元", "酒店采购食材未经招标，价格明显偏高");

        assertTrue(same > 0.5, () -> "same: " + same);
        assertTrue(other < 0.2, () -> "other: " + other);
    }

    private static void assertField(String field, ClueData data) {
        AccountabilityException refused = assertThrows(AccountabilityException.class, () -> ClueValidation.validate(data, TODAY));
        assertEquals(field, refused.field());
    }

    private static ClueData data(String summary, BigDecimal loss, LocalDate received) {
        return new ClueData(ClueSource.AUDIT, received, "YBJT", List.of(), summary, loss, null, null, null);
    }
}
