package com.soegroup.accountability.web.shell;

import com.soegroup.accountability.shared.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wait after failed sign-ins grows per key (account and source) and never locks a key out for good. */
class SignInDelaysTest {

    private final MutableClock clock = new MutableClock();
    private final SignInDelays delays = new SignInDelays(clock);

    @BeforeEach
    void settings() {
        System.setProperty(Settings.SIGN_IN_FREE_FAILURES, "3");
        System.setProperty(Settings.SIGN_IN_DELAY_SECONDS, "2");
        System.setProperty(Settings.SIGN_IN_MAX_DELAY_SECONDS, "10");
        System.setProperty(Settings.SIGN_IN_FAILURE_MINUTES, "15");
    }

    @AfterEach
    void clear() {
        System.clearProperty(Settings.SIGN_IN_FREE_FAILURES);
        System.clearProperty(Settings.SIGN_IN_DELAY_SECONDS);
        System.clearProperty(Settings.SIGN_IN_MAX_DELAY_SECONDS);
        System.clearProperty(Settings.SIGN_IN_FAILURE_MINUTES);
    }

    @Test
    void theFreeFailuresCostNothingThenTheWaitDoublesUpToTheLongest() {
        assertEquals(Duration.ZERO, SignInDelays.delay(2));
        assertEquals(Duration.ofSeconds(2), SignInDelays.delay(3));
        assertEquals(Duration.ofSeconds(4), SignInDelays.delay(4));
        assertEquals(Duration.ofSeconds(8), SignInDelays.delay(5));
        assertEquals(Duration.ofSeconds(10), SignInDelays.delay(6));
        assertEquals(Duration.ofSeconds(10), SignInDelays.delay(1000));
    }

    @Test
    void aKeyWaitsAfterItsFreeFailuresWhileAnotherKeyDoesNot() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, delays.admit("office\nA"));
            delays.finished("office\nA", false);
        }
        assertEquals(Duration.ofSeconds(2), delays.admit("office\nA"), "the fourth attempt waits");
        assertEquals(Duration.ZERO, delays.admit("office\nB"), "another source is not delayed");

        clock.advance(Duration.ofSeconds(2));
        assertEquals(Duration.ZERO, delays.admit("office\nA"), "after the wait the account can be tried again");
        delays.finished("office\nA", true);
        assertEquals(Duration.ZERO, delays.admit("office\nA"), "a success forgets the failures");
        assertEquals(0, delays.size());
    }

    @Test
    void afterFailuresAttemptsGoOneByOneAndFailuresAreForgottenInTime() {
        for (int i = 0; i < 2; i++) {
            delays.admit("leader\nA");
            delays.finished("leader\nA", false);
        }
        assertEquals(Duration.ZERO, delays.admit("leader\nA"));
        assertTrue(delays.admit("leader\nA").compareTo(Duration.ZERO) > 0, "one free failure left: one attempt at a time");
        delays.finished("leader\nA", false);
        assertEquals(Duration.ofSeconds(2), delays.admit("leader\nA"));

        clock.advance(Duration.ofMinutes(16));
        assertEquals(Duration.ZERO, delays.admit("leader\nA"));
        assertEquals(0, delays.size(), "forgotten after the minutes a failure counts");
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
