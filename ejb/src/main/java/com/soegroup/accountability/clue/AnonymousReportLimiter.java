package com.soegroup.accountability.clue;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;

/**
 * Rate limits of the public form without knowing who sends: a sliding minute per kind of request, for
 * everybody together. Guessing receipt codes is slowed for all guessers at once; nothing about a sender is
 * kept, not even in memory.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AnonymousReportLimiter {

    public enum Kind {
        SUBMIT(30), FAILED_LOOKUP(20), MESSAGE(30);

        final int perMinute;

        Kind(int perMinute) {
            this.perMinute = perMinute;
        }
    }

    private final Map<Kind, Deque<Long>> recent = new EnumMap<>(Kind.class);

    /** Counts one request of this kind; false when the minute's allowance is used up. */
    @PermitAll
    public synchronized boolean allow(Kind kind) {
        long now = System.nanoTime();
        Deque<Long> times = recent.computeIfAbsent(kind, k -> new ArrayDeque<>());
        while (!times.isEmpty() && now - times.peekFirst() > 60_000_000_000L) {
            times.pollFirst();
        }
        if (times.size() >= kind.perMinute) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    /** Whether the allowance is used up, without counting a request. */
    @PermitAll
    public synchronized boolean exhausted(Kind kind) {
        long now = System.nanoTime();
        Deque<Long> times = recent.computeIfAbsent(kind, k -> new ArrayDeque<>());
        while (!times.isEmpty() && now - times.peekFirst() > 60_000_000_000L) {
            times.pollFirst();
        }
        return times.size() >= kind.perMinute;
    }
}
