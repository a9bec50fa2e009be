package com.soegroup.accountability.recovery;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RecoveryFiguresTest {

    @Test
    void recoveredIsEventsAndClawBacksAndTheBalanceIsWhatRemainsAfterTheWriteOff() {
        RecoveryFigures f = RecoveryFigures.of(new BigDecimal("500000.00"), new BigDecimal("200000.00"),
                new BigDecimal("30000.00"), BigDecimal.ZERO);
        assertEquals(new BigDecimal("230000.00"), f.recovered());
        assertEquals(new BigDecimal("270000.00"), f.outstanding());
        assertEquals(new BigDecimal("46.00"), f.rate());

        RecoveryFigures writtenOff = RecoveryFigures.of(new BigDecimal("500000.00"), new BigDecimal("200000.00"),
                new BigDecimal("30000.00"), new BigDecimal("270000.00"));
        assertEquals(new BigDecimal("0.00"), writtenOff.outstanding());
        assertEquals(new BigDecimal("46.00"), writtenOff.rate(), "a write-off is no recovery");
    }

    @Test
    void moreRecoveredThanLostLeavesNothingOutstandingAndNoLossHasNoRate() {
        RecoveryFigures over = RecoveryFigures.of(new BigDecimal("100.00"), new BigDecimal("120.00"), BigDecimal.ZERO, BigDecimal.ZERO);
        assertEquals(new BigDecimal("0.00"), over.outstanding());
        assertEquals(new BigDecimal("120.00"), over.rate());
        assertEquals(new BigDecimal("33.33"), RecoveryFigures.of(new BigDecimal("3.00"), BigDecimal.ONE, BigDecimal.ZERO,
                BigDecimal.ZERO).rate());
        assertNull(RecoveryFigures.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO).rate());
    }

    @Test
    void aQuarterStartsInJanuaryAprilJulyOrOctober() {
        assertEquals(LocalDate.of(2026, 10, 1), Quarters.start(LocalDate.of(2026, 12, 31)));
        assertEquals(LocalDate.of(2026, 1, 1), Quarters.start(LocalDate.of(2026, 3, 31)));
        assertEquals(LocalDate.of(2026, 4, 1), Quarters.start(LocalDate.of(2026, 4, 1)));
        assertEquals(LocalDate.of(2026, 7, 1), Quarters.start(LocalDate.of(2026, 9, 30)));
    }
}
