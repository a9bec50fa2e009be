package com.soegroup.accountability.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JobPeriodTest {

    private static final Duration QUARTER_MINUTE = Duration.ofSeconds(15);

    @ParameterizedTest(name = "fired {0} → {1}")
    @CsvSource(textBlock = """
            2026-03-02T07:10:00.000+08:00, 2026-03-02T00:00+08:00
            2026-03-02T07:10:00.350+08:00, 2026-03-02T00:00+08:00
            2026-03-02T23:59:58.000+08:00, 2026-03-02T00:00+08:00
            2026-03-01T23:10:00.000Z,      2026-03-02T00:00+08:00
            2026-03-01T15:59:00.000Z,      2026-03-01T00:00+08:00
            """)
    void aDailyJobsPeriodIsItsDayInChinaWhateverTheServersZone(String fired, String period) {
        assertEquals(at(period), JobPeriod.start(at(fired), JobPeriod.DAY));
    }

    @ParameterizedTest(name = "fired {0} → {1}")
    @CsvSource(textBlock = """
            2026-03-02T10:00:15.000+08:00, 2026-03-02T10:00:15+08:00
            2026-03-02T10:00:15.004+08:00, 2026-03-02T10:00:15+08:00
            2026-03-02T10:00:27.500+08:00, 2026-03-02T10:00:15+08:00
            2026-03-02T10:00:29.999+08:00, 2026-03-02T10:00:30+08:00
            2026-03-02T10:00:14.993+08:00, 2026-03-02T10:00:15+08:00
            2026-03-02T23:59:59.500+08:00, 2026-03-03T00:00+08:00
            """)
    void aFrequentJobsPeriodIsItsScheduledSecondEvenWhenTheTimerReadsTheClockAFewMillisecondsEarly(String fired, String period) {
        assertEquals(at(period), JobPeriod.start(at(fired), QUARTER_MINUTE));
    }

    @Test
    void twoNodesFiringForTheSameTimeClaimTheSamePeriod() {
        Instant first = at("2026-03-02T10:00:45.002+08:00");
        Instant second = at("2026-03-02T10:00:45.180+08:00");
        assertEquals(JobPeriod.start(first, QUARTER_MINUTE), JobPeriod.start(second, QUARTER_MINUTE));
    }

    @Test
    void aUnitThatDoesNotDivideTheDayIsRefused() {
        Instant now = at("2026-03-02T10:00:00+08:00");
        assertThrows(IllegalArgumentException.class, () -> JobPeriod.start(now, Duration.ofSeconds(7)));
        assertThrows(IllegalArgumentException.class, () -> JobPeriod.start(now, Duration.ofDays(2)));
        assertThrows(IllegalArgumentException.class, () -> JobPeriod.start(now, Duration.ofSeconds(1)));
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
