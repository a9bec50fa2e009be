package com.soegroup.accountability.mail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BackoffTest {

    private static final Instant FAILED = Instant.parse("2026-03-02T02:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @ParameterizedTest(name = "after attempt {0}: wait {1}")
    @CsvSource(textBlock = """
            1,  PT1M
            2,  PT2M
            3,  PT4M
            6,  PT32M
            7,  PT1H
            29, PT1H
            """)
    void theWaitDoublesAfterEachFailureUpToAnHour(int attempts, Duration wait) {
        assertEquals(Optional.of(FAILED.plus(wait)), Backoff.nextAttempt(FAILED, attempts, MINUTE, 30));
    }

    @Test
    void afterTheLastAllowedAttemptTheMailIsGivenUp() {
        assertEquals(Optional.empty(), Backoff.nextAttempt(FAILED, 30, MINUTE, 30));
        assertEquals(Optional.empty(), Backoff.nextAttempt(FAILED, 1, MINUTE, 1));
    }

    @Test
    void aLongFirstWaitIsStillCappedAtAnHour() {
        assertEquals(Optional.of(FAILED.plus(Duration.ofHours(1))), Backoff.nextAttempt(FAILED, 1, Duration.ofHours(3), 5));
    }

    @Test
    void manyAttemptsDoNotOverflowTheWait() {
        assertEquals(Optional.of(FAILED.plus(Duration.ofHours(1))), Backoff.nextAttempt(FAILED, 10_000, MINUTE, Integer.MAX_VALUE));
    }
}
