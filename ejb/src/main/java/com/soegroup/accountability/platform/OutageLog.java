package com.soegroup.accountability.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Says when a failure of a service the application depends on (the directory, the database) is the first of an
 * outage, so that it is logged once as a WARNING and not with every request it fails: an outage is over when the
 * service has not failed for {@link #QUIET} minutes. Kept per node in memory on purpose: each node reports what it
 * saw, and a restart forgets nothing worth keeping.
 */
public final class OutageLog {

    /** Failures this far apart belong to separate outages. */
    static final Duration QUIET = Duration.ofMinutes(5);

    private static final Map<String, Instant> LAST_FAILURE = new ConcurrentHashMap<>();

    private OutageLog() {
    }

    /**
     * Records a failure of {@code service} now; true when it starts an outage (to be logged). Real time, not the
     * application's clock: how long a service has been quiet is no business date (a demo's clock may stand still).
     */
    public static boolean firstOfOutage(String service) {
        return firstOfOutage(service, Instant.now());
    }

    /** Records a failure of {@code service} at {@code now}; true when it starts an outage (to be logged). */
    static boolean firstOfOutage(String service, Instant now) {
        Instant[] previous = new Instant[1];
        LAST_FAILURE.compute(service, (key, last) -> {
            previous[0] = last;
            return last == null || now.isAfter(last) ? now : last;
        });
        return previous[0] == null || Duration.between(previous[0], now).compareTo(QUIET) > 0;
    }
}
