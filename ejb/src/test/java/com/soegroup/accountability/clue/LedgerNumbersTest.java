package com.soegroup.accountability.clue;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LedgerNumbersTest {

    @Test
    void fourDigitsAtLeastAndMoreWhenTheYearIsBusy() {
        assertEquals("YBJT-XS-2026-0007", LedgerNumbers.format("YBJT", 2026, 7));
        assertEquals("YBJSSJ-XS-2026-12345", LedgerNumbers.format("YBJSSJ", 2026, 12345));
        assertThrows(IllegalArgumentException.class, () -> LedgerNumbers.format("YBJT", 2026, 0));
    }

    @Test
    void onlyWellFormedNumbersAreLookedUp() {
        assertTrue(LedgerNumbers.looksValid("YBJT-XS-2026-0007"));
        assertFalse(LedgerNumbers.looksValid("ybjt-xs-2026-0007"));
        assertFalse(LedgerNumbers.looksValid("YBJT-XS-2026-7"));
        assertFalse(LedgerNumbers.looksValid("YBJT-XS-2026-0007' OR '1'='1"));
        assertFalse(LedgerNumbers.looksValid(null));
    }
}
