package com.soegroup.accountability.shared;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberSeriesTest {

    @Test
    void fourDigitsAtLeastAndMoreWhenTheYearIsBusy() {
        assertEquals("YBJT-XS-2026-0007", NumberSeries.CLUE.format("YBJT", 2026, 7));
        assertEquals("YBJSSJ-XS-2026-12345", NumberSeries.CLUE.format("YBJSSJ", 2026, 12345));
        assertThrows(IllegalArgumentException.class, () -> NumberSeries.CLUE.format("YBJT", 2026, 0));
    }

    @Test
    void onlyWellFormedNumbersAreLookedUp() {
        assertTrue(NumberSeries.CLUE.matches("YBJT-XS-2026-0007"));
        assertFalse(NumberSeries.CLUE.matches("ybjt-xs-2026-0007"));
        assertFalse(NumberSeries.CLUE.matches("YBJT-XS-2026-7"));
        assertFalse(NumberSeries.CLUE.matches("YBJT-XS-2026-0007' OR '1'='1"));
        assertFalse(NumberSeries.CLUE.matches(null));
    }

    @Test
    void caseNumbers() {
        assertEquals("YBJT-DC-2026-0007", NumberSeries.INVESTIGATION.format("YBJT", 2026, 7));
        assertEquals(true, NumberSeries.INVESTIGATION.matches("YBJT-DC-2026-0007"));
        assertEquals(false, NumberSeries.INVESTIGATION.matches("YBJT-XS-2026-0007"));
    }

    @Test
    void decisionNumbers() {
        assertEquals("YBJS-JD-2026-0012", NumberSeries.DECISION.format("YBJS", 2026, 12));
        assertTrue(NumberSeries.DECISION.matches("YBJS-JD-2026-0012"));
        assertFalse(NumberSeries.DECISION.matches("YBJS-DC-2026-0012"));
    }

    @Test
    void aTypedNumberIsLookedUpAsStoredOrNotAtAll() {
        assertEquals(Optional.of("YBJT-XS-2026-0007"), NumberSeries.CLUE.normalise("  ybjt-xs-2026-0007 "));
        assertEquals(Optional.of("YBJT-DC-2026-0007"), NumberSeries.INVESTIGATION.normalise("YBJT-DC-2026-0007"));
        assertEquals(Optional.empty(), NumberSeries.INVESTIGATION.normalise("YBJT-XS-2026-0007"));
        assertEquals(Optional.empty(), NumberSeries.DECISION.normalise(null));
        assertEquals(Optional.empty(), NumberSeries.DECISION.normalise("YBJS-JD-2026-0012' OR '1'='1"));
    }
}
