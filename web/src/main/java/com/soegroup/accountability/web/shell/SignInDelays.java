package com.soegroup.accountability.web.shell;

import com.soegroup.accountability.shared.Settings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The wait after failed sign-ins, per account and source (a key made of both), instead of a lock of the account:
 * ten wrong passwords from anyone used to lock the office out for a quarter of an hour (WildFly's brute-force
 * protection, switched off in config/security.cli). Here a stranger's failures delay only the stranger.
 * <p>
 * The first {@link Settings#signInFreeFailures()} failures of a key cost nothing; after them the next attempt must
 * wait {@link Settings#signInDelay()}, doubled with each further failure up to {@link Settings#signInMaxDelay()}.
 * An attempt during the wait is refused without checking its password (so it tells nothing, and it does not count),
 * and once a key has failed, it may have only as many attempts at a time as it has free failures left (at least one):
 * a guesser cannot send a thousand at once to get past the wait. A success forgets the key; so does
 * {@link Settings#signInFailureMemory()} without a failure. A key without failures is not counted at all: the
 * API clients that send their password with every request are not slowed down.
 * <p>
 * Held in this node's memory (at most {@value #MAX_KEYS} keys, the oldest forgotten first): on a cluster, each node
 * counts its own, so a guesser whom the balancer spreads over N nodes waits 1/N as long.
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
        Instant until = state.last.plus(delay(state.failures));
        if (now.isBefore(until)) {
            return atLeastASecond(Duration.between(now, until));
        }
        if (state.inFlight >= Math.max(1, Settings.signInFreeFailures() - state.failures)) {
            return Duration.ofSeconds(1);
        }
        state.inFlight++;
        return Duration.ZERO;
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

    private static boolean forgotten(State state, Instant now) {
        return state.inFlight == 0 && state.last != null
                && Duration.between(state.last, now).compareTo(Settings.signInFailureMemory()) > 0;
    }

    private static Duration atLeastASecond(Duration wait) {
        long seconds = (wait.toMillis() + 999) / 1000;
        return Duration.ofSeconds(Math.max(1, seconds));
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
