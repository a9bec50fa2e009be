package com.soegroup.accountability.api;

import com.soegroup.accountability.shared.ClientKeys;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The client of a request: the connection's address unless the balancer's X-Forwarded-For is trusted. */
class ClientAddressTest {

    @Test
    void forwardedForCountsOnlyWhenTrustedAndThenItsLastAddress() {
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "1.2.3.4", false), "a client cannot name its address");
        assertEquals("198.51.100.7", ClientAddress.of("10.0.0.5", "1.2.3.4, 198.51.100.7", true),
                "the address the balancer appended, not the one the client wrote");
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", " ", true));
    }

    @Test
    void anIpv6ClientCountsByItsNetwork() {
        assertEquals(ClientAddress.of("2001:db8:1:2:aaaa::1", null, false), ClientAddress.of("2001:db8:1:2:bbbb::9", null, false));
        assertNotEquals(ClientAddress.of("2001:db8:1:2::1", null, false), ClientAddress.of("2001:db8:1:3::1", null, false));
        assertEquals("some.name", ClientAddress.of("some.name", null, false), "a name is never looked up");
    }

    @Test
    void theKeyIsAShortHashThatNamesNoAddress() {
        String key = ClientKeys.of("192.0.2.44");
        assertEquals(22, key.length());
        assertFalse(key.contains("192"));
        assertEquals(key, ClientKeys.of("192.0.2.44"));
        assertNotEquals(key, ClientKeys.of("192.0.2.45"));
    }
}
