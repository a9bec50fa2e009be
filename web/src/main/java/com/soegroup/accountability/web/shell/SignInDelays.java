package com.soegroup.accountability.web.shell;

import com.soegroup.accountability.shared.SignInWaits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sign-in delay ({@link SignInWaits}) kept in this node's memory: what the request guard falls back on while the
 * database, where the failures of all nodes are kept (shared.SignInFailures),
 * cannot be reached — sign-ins still work then (the directory), and a guesser must still wait. At most
 * {@value #MAX_KEYS} keys, the oldest forgotten first; a success forgets the key, and a key without failures is not
 * counted at all.
 */
final class SignInDelays {

    static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Map<String, State> states = new LinkedHashMap<>();

    SignInDelays(Clock clock) {
        this.clock = clock;
    }

    private static final class State {
        int failures;
        Instant last;
        int inFlight;
    }

    /**
     * Whether an attempt of this key may go on now: {@link Duration#ZERO}, and then it must be {@link #finished};
     * otherwise how long to wait before the next one (at least a second).
     */
    synchronized Duration admit(String key) {
        Instant now = clock.instant();
        State state = states.get(key);
        if (state == null) {
            return Duration.ZERO;
        }
        if (forgotten(state, now)) {
            states.remove(key);
            return Duration.ZERO;
        }
        Duration wait = SignInWaits.waitFor(state.failures, Duration.between(state.last, now), state.inFlight);
        if (wait.isZero()) {
            state.inFlight++;
        }
        return wait;
    }

    /** The outcome of an admitted attempt. */
    synchronized void finished(String key, boolean succeeded) {
        if (succeeded) {
            states.remove(key);
            return;
        }
        State state = states.get(key);
        if (state == null) {
            state = new State();
            states.put(key, state);
            trim();
        } else if (state.inFlight > 0) {
            state.inFlight--;
        }
        state.failures++;
        state.last = clock.instant();
    }

    /** The wait after so many failures. */
    static Duration delay(int failures) {
        return SignInWaits.delay(failures);
    }

    private static boolean forgotten(State state, Instant now) {
        return state.last != null && SignInWaits.forgotten(state.inFlight, Duration.between(state.last, now));
    }

    /** Keeps the map bounded: forgotten keys first, then the oldest. */
    private void trim() {
        if (states.size() <= MAX_KEYS) {
            return;
        }
        Instant now = clock.instant();
        states.values().removeIf(s -> forgotten(s, now));
        Iterator<State> oldest = states.values().iterator();
        while (states.size() > MAX_KEYS && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    synchronized int size() {
        return states.size();
    }
}
