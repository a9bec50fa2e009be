package com.soegroup.accountability.api;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Server-Timing header's metric is written as W3C Server Timing (§3) defines it, whatever the locale. */
class ServerTimingTest {

    /** server-timing-metric = metric-name *( OWS ";" OWS server-timing-param ), params dur (a number) and desc. */
    private static final Pattern METRIC = Pattern.compile(
            "[!#$%&'*+.^_`|~0-9A-Za-z-]+;dur=[0-9]+(\\.[0-9]+)?;desc=\"([^\"\\\\]|\\\\.)*\"");

    @Test
    void durationInMillisecondsWithThreeDecimals() {
        assertEquals("app;dur=12.346;desc=\"resource method\"", ServerTiming.metric("app", 12_345_678L, "resource method"));
        assertEquals("app;dur=0.001;desc=\"resource method\"", ServerTiming.metric("app", 1_000L, "resource method"));
        assertTrue(METRIC.matcher(ServerTiming.metric(ServerTiming.METRIC, 3_000_000_000L, ServerTiming.DESCRIPTION)).matches());
        assertTrue(METRIC.matcher(ServerTiming.metric(ServerTiming.CPU_METRIC, 2_500_000L, ServerTiming.CPU_DESCRIPTION)).matches());
    }

    @Test
    void aDotWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("app;dur=1.500;desc=\"x\"", ServerTiming.metric("app", 1_500_000L, "x"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void quotesAndBackslashesInTheDescriptionAreEscaped() {
        String metric = ServerTiming.metric("app", 1_000_000L, "a \"b\" \\ c");
        assertEquals("app;dur=1.000;desc=\"a \\\"b\\\" \\\\ c\"", metric);
        assertTrue(METRIC.matcher(metric).matches());
    }
}
