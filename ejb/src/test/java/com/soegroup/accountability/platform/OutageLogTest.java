package com.soegroup.accountability.platform;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutageLogTest {

    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void onlyTheFirstFailureOfAnOutageIsLogged() {
        assertTrue(OutageLog.firstOfOutage("test-a", START));
        assertFalse(OutageLog.firstOfOutage("test-a", START.plusSeconds(1)));
        assertFalse(OutageLog.firstOfOutage("test-a", START.plusSeconds(250)));
        // failures keep the outage going: five minutes after the first, but not after the last
        assertFalse(OutageLog.firstOfOutage("test-a", START.plusSeconds(500)));
    }

    @Test
    void aFailureAfterFiveQuietMinutesStartsAnotherOutage() {
        assertTrue(OutageLog.firstOfOutage("test-b", START));
        assertTrue(OutageLog.firstOfOutage("test-b", START.plus(OutageLog.QUIET).plusSeconds(1)));
    }

    @Test
    void eachServiceHasItsOwnOutages() {
        assertTrue(OutageLog.firstOfOutage("test-c", START));
        assertTrue(OutageLog.firstOfOutage("test-d", START.plusSeconds(1)));
    }
}
