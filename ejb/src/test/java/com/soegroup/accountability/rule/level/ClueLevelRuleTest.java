package com.soegroup.accountability.rule.level;

import com.soegroup.accountability.rule.RuleInputException;
import com.soegroup.accountability.rule.RuleSetFixtures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A clue's level: computed by M§19, raised only with a reason, never lowered (issue 17). */
class ClueLevelRuleTest {

    private static LossLevel level(String name) {
        return name == null ? null : LossLevel.valueOf(name);
    }

    @ParameterizedTest(name = "computed {0}, asked {1}, reason {2} → {3} (raised {4})")
    @CsvSource(nullValues = "-", textBlock = """
            # computed, requested, reason,          level,   raised
            GENERAL,    -,         -,               GENERAL, false
            GENERAL,    GENERAL,   -,               GENERAL, false
            GENERAL,    LARGER,    损失仍在扩大,     LARGER,  true
            GENERAL,    MAJOR,     涉及多笔关联交易, MAJOR,   true
            LARGER,     -,         -,               LARGER,  false
            LARGER,     MAJOR,     资产数据未入库,   MAJOR,   true
            MAJOR,      MAJOR,     -,               MAJOR,   false
            -,          -,         -,               -,       false
            -,          LARGER,    举报称损失较大,   LARGER,  true
            """)
    void keepsOrRaises(String computed, String requested, String reason, String expected, boolean raised) {
        ClueLevelRule.Settled settled = ClueLevelRule.settle(level(computed), level(requested), reason);
        assertEquals(level(expected), settled.level());
        assertEquals(level(computed), settled.computed());
        assertEquals(raised, settled.raised());
        if (raised) {
            assertEquals(reason, settled.reason());
        } else {
            assertNull(settled.reason(), "a level as computed keeps no reason");
        }
    }

    @ParameterizedTest(name = "computed {0} lowered to {1}")
    @CsvSource(textBlock = """
            LARGER, GENERAL
            MAJOR,  LARGER
            MAJOR,  GENERAL
            """)
    void neverLowers(String computed, String requested) {
        RuleInputException refused = assertThrows(RuleInputException.class,
                () -> ClueLevelRule.settle(level(computed), level(requested), "领导同意按一般处理"));
        assertEquals("level", refused.field());
        assertEquals(ClueLevelRule.LOWERED, refused.bundleKey());
    }

    @ParameterizedTest(name = "computed {0} raised to {1} with reason [{2}]")
    @CsvSource(nullValues = "-", textBlock = """
            GENERAL, LARGER, -
            GENERAL, MAJOR,  '   '
            -,       MAJOR,  -
            """)
    void raisingNeedsAReason(String computed, String requested, String reason) {
        RuleInputException refused = assertThrows(RuleInputException.class,
                () -> ClueLevelRule.settle(level(computed), level(requested), reason));
        assertEquals("levelReason", refused.field());
        assertEquals(ClueLevelRule.REASON_REQUIRED, refused.bundleKey());
    }

    @Test
    void theIssuesClueIsMajorByAmountAndCannotBeMarkedLarger() {
        // ¥17.3M possible loss, marked LARGER by hand: M§19 makes it MAJOR whatever the assets
        LossLevel computed = LossLevelRule.classify(new BigDecimal("17300000.00"), null, RuleSetFixtures.yibin()).level();
        assertEquals(LossLevel.MAJOR, computed);
        assertThrows(RuleInputException.class, () -> ClueLevelRule.settle(computed, LossLevel.LARGER, "按较大处理"));
        assertFalse(ClueLevelRule.settle(computed, null, null).raised());
        assertTrue(ClueLevelRule.settle(LossLevel.GENERAL, LossLevel.LARGER, "x").raised());
    }
}
