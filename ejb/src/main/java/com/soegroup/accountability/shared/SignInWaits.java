package com.soegroup.accountability.shared;

import java.time.Duration;

/**
 * The rule of the sign-in delay, wherever a key's failures are kept (the database, {@link SignInFailures}; a node's
 * memory while the database cannot be reached): the first {@link Settings#signInFreeFailures()} failures of a key
 * cost nothing; after them the next attempt must wait {@link Settings#signInDelay()}, doubled with each further
 * failure up to {@link Settings#signInMaxDelay()}. Once a key has failed, it may have only as many attempts at a time
 * as it has free failures left (at least one): a guesser cannot send a thousand at once to get past the wait. A key
 * is forgotten {@link Settings#signInFailureMemory()} after its last failure.
 */
public final class SignInWaits {

    private SignInWaits() {
    }

    /** The wait after so many failures. */
    public static Duration delay(int failures) {
        int free = Settings.signInFreeFailures();
        if (failures < free) {
            return Duration.ZERO;
        }
        Duration max = Settings.signInMaxDelay();
        Duration wait = Settings.signInDelay();
        for (int i = free; i < failures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /**
     * How long a key that failed so many times, the last time so long ago, with so many attempts under way, must
     * wait before its next attempt: {@link Duration#ZERO} when it may go on now, otherwise at least a second.
     */
    public static Duration waitFor(int failures, Duration sinceLastFailure, int inFlight) {
        Duration left = delay(failures).minus(sinceLastFailure);
        if (left.compareTo(Duration.ZERO) > 0) {
            return atLeastASecond(left);
        }
        if (inFlight >= Math.max(1, Settings.signInFreeFailures() - failures)) {
            return Duration.ofSeconds(1);
        }
        return Duration.ZERO;
    }

    /** Whether a key's failures no longer count. */
    public static boolean forgotten(int inFlight, Duration sinceLastFailure) {
        return inFlight == 0 && sinceLastFailure.compareTo(Settings.signInFailureMemory()) > 0;
    }

    private static Duration atLeastASecond(Duration wait) {
        long seconds = (wait.toMillis() + 999) / 1000;
        return Duration.ofSeconds(Math.max(1, seconds));
    }
}
