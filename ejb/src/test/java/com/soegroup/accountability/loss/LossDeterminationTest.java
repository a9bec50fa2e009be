package com.soegroup.accountability.loss;

import com.soegroup.accountability.rule.level.LossLevel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LossDeterminationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private static final LocalDate EARLIER = LocalDate.of(2026, 3, 2);

    @Test
    void aOneEventOneReportIsDueFromTheDayTheLevelFirstReachedLarger() {
        assertNull(LossDetermination.incidentReportSince(null, LossLevel.GENERAL, TODAY));
        assertNull(LossDetermination.incidentReportSince(null, null, TODAY));
        assertEquals(TODAY, LossDetermination.incidentReportSince(null, LossLevel.LARGER, TODAY));
        assertEquals(TODAY, LossDetermination.incidentReportSince(null, LossLevel.MAJOR, TODAY));
        assertEquals(EARLIER, LossDetermination.incidentReportSince(EARLIER, LossLevel.MAJOR, TODAY));
        assertEquals(EARLIER, LossDetermination.incidentReportSince(EARLIER, LossLevel.GENERAL, TODAY), "once due, it stays due");
    }
}
