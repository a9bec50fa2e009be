package com.soegroup.accountability.web.shell;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Redirects to the application go to its configured address, whatever Host the request came with. */
class RedirectsTest {

    private static final String BASE = "https://portal.example.internal/accountability";

    @Test
    void aRedirectToTheApplicationGoesToTheConfiguredOriginWhateverHostItNamed() {
        assertEquals("https://portal.example.internal/accountability/clue/ledger.xhtml?no=1",
                Redirects.toBase("http://evil.example.com/accountability/clue/ledger.xhtml?no=1", "/accountability", BASE));
        assertEquals("https://portal.example.internal/accountability/index.xhtml",
                Redirects.toBase("/accountability/index.xhtml", "/accountability", BASE));
        assertEquals("https://portal.example.internal/accountability",
                Redirects.toBase("http://localhost:8080/accountability", "/accountability", BASE));
    }

    @Test
    void otherRedirectsAreLeftAloneAndWithoutABaseTheBrowserGetsThePath() {
        assertEquals("https://sso.example.com/login", Redirects.toBase("https://sso.example.com/login", "/accountability", BASE));
        assertEquals("http://evil.example.com/other", Redirects.toBase("http://evil.example.com/other", "/accountability", BASE));
        assertEquals("/accountability/index.xhtml", Redirects.toBase("http://evil.example.com/accountability/index.xhtml", "/accountability", ""));
        assertEquals("https://portal.example.internal:8443", Redirects.origin("https://portal.example.internal:8443/accountability"));
    }
}
