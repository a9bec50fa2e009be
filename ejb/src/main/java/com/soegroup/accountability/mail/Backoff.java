package com.soegroup.accountability.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a mail that failed is tried again: after the first wait, then twice as long after each further failure,
 * but never more than {@link #LONGEST} apart, so that mail reaches people within the hour once the server is
 * back; after the last allowed attempt, never (the outbox gives it up).
 */
final class Backoff {

    static final Duration LONGEST = Duration.ofHours(1);

    private Backoff() {
    }

    /**
     * @param failedAt    when the attempt failed
     * @param attempts    attempts made so far, the failed one included (1 after the first)
     * @param first       the wait after the first failure (at least a second)
     * @param maxAttempts attempts allowed in all
     * @return when to try again, or empty: give up
     */
    static Optional<Instant> nextAttempt(Instant failedAt, int attempts, Duration first, int maxAttempts) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(LONGEST) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return Optional.of(failedAt.plus(wait.compareTo(LONGEST) < 0 ? wait : LONGEST));
    }
}
