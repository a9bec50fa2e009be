package com.soegroup.accountability.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Origins compared in one form: lower case, no default port; an opaque origin is none. */
class ApiOriginFilterTest {

    @Test
    void originsAreComparedInOneForm() {
        assertEquals("https://portal.example.internal", ApiOriginFilter.normal("HTTPS://Portal.Example.Internal:443"));
        assertEquals("http://localhost:8180", ApiOriginFilter.normal("http://localhost:8180"));
        assertEquals("http://localhost:8180", ApiOriginFilter.origin("http://localhost:8180/accountability/clue/detail.xhtml?no=1"));
        assertNull(ApiOriginFilter.normal("null"));
        assertNull(ApiOriginFilter.origin("not an address"));
    }
}
