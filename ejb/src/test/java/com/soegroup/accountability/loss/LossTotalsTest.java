package com.soegroup.accountability.loss;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LossTotalsTest {

    private static LossTotals.Item item(LossKind kind, boolean contingent, String amount, boolean assessed, String recovered) {
        return new LossTotals.Item(kind, contingent, new BigDecimal(amount), assessed, new BigDecimal(recovered));
    }

    @Test
    void directIndirectAndAssessedContingentCountRecoveredNeverReduces() {
        LossTotals t = LossTotals.of(List.of(
                item(LossKind.DIRECT, false, "600000.00", false, "100000.00"),
                item(LossKind.INDIRECT, false, "250000.50", false, "0"),
                item(LossKind.DIRECT, true, "300000.00", true, "0"),
                item(LossKind.INDIRECT, true, "999999.99", false, "0")));
        assertEquals(new BigDecimal("600000.00"), t.direct());
        assertEquals(new BigDecimal("250000.50"), t.indirect());
        assertEquals(new BigDecimal("300000.00"), t.contingentCounted());
        assertEquals(new BigDecimal("999999.99"), t.contingentAwaitingAssessment());
        assertEquals(new BigDecimal("1150000.50"), t.counted());
        assertEquals(new BigDecimal("100000.00"), t.recovered());
    }

    @Test
    void noItemsIsZero() {
        assertEquals(new BigDecimal("0.00"), LossTotals.of(List.of()).counted());
    }

    @Test
    void aContingentItemWithoutAssessmentDoesNotCount() {
        LossTotals t = LossTotals.of(List.of(item(LossKind.DIRECT, true, "5000000.00", false, "0")));
        assertEquals(new BigDecimal("0.00"), t.counted());
    }
}
