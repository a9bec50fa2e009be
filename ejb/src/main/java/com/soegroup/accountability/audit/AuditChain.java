package com.soegroup.accountability.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;

/**
 * The hash chain of the audit trail, as pure computation. Each entry's hash is the SHA-256 of its content
 * and the previous entry's hash; the first entry's previous hash is {@link #GENESIS}. Changing any field of an
 * entry changes its hash; recomputing that hash breaks the next entry's link; removing an entry leaves a gap
 * in the numbers (or, at the end, a head beyond the last entry).
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The content of an entry, everything its hash covers. */
    public record Entry(long seq, Instant occurredAt, String userId, String roles, String action, String objectType,
                        String objectId, String details, String previousHash) {
    }

    /** An entry as stored: its content and the hash stored with it. */
    public record Stored(Entry entry, String hash) {
    }

    public enum Problem {
        /** The entry's content no longer matches its hash, or its hash was recomputed after a change. */
        ALTERED,
        /** The entry is missing. */
        REMOVED
    }

    /**
     * The outcome of a walk along the chain: {@code intact}, or the first entry ({@code seq}) that was altered
     * or removed.
     */
    public record Verification(boolean intact, long entriesChecked, Long seq, Problem problem) {

        static Verification ok(long checked) {
            return new Verification(true, checked, null, null);
        }

        static Verification broken(long checked, long seq, Problem problem) {
            return new Verification(false, checked, seq, problem);
        }
    }

    public static String hash(Entry e) {
        StringBuilder content = new StringBuilder();
        field(content, Long.toString(e.seq()));
        content.append(between(e.occurredAt(), e.userId(), e.roles(), e.action(), e.objectType(), e.objectId(), e.details()));
        field(content, e.previousHash());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is not available", e1);
        }
    }

    /**
     * Walks the stored entries in number order and compares the end with the head of the chain.
     *
     * @param entries  every stored entry, ordered by seq
     * @param headSeq  the number of the last entry appended, as the head row records it
     * @param headHash the hash of that entry, as the head row records it
     */
    public static Verification verify(Iterator<Stored> entries, long headSeq, String headHash) {
        long expected = 1;
        String previous = GENESIS;
        Stored before = null;
        long checked = 0;
        while (entries.hasNext()) {
            Stored stored = entries.next();
            Entry e = stored.entry();
            if (e.seq() != expected) {
                return Verification.broken(checked, expected, Problem.REMOVED);
            }
            boolean ownHashHolds = hash(e).equals(stored.hash());
            if (!previous.equals(e.previousHash())) {
                // an entry whose own hash holds but whose link does not: the one before it was changed and rehashed
                return Verification.broken(checked, ownHashHolds && before != null ? expected - 1 : expected, Problem.ALTERED);
            }
            if (!ownHashHolds) {
                return Verification.broken(checked, expected, Problem.ALTERED);
            }
            checked++;
            previous = stored.hash();
            before = stored;
            expected++;
        }
        if (headSeq >= expected) {
            return Verification.broken(checked, expected, Problem.REMOVED);
        }
        if (headSeq == expected - 1 && headSeq > 0 && !previous.equals(headHash)) {
            return Verification.broken(checked, headSeq, Problem.ALTERED);
        }
        return Verification.ok(checked);
    }

    /**
     * The hashed content of an entry between its number and the previous hash: what the application knows
     * before it takes the chain's head. The append statement (AuditService) reads the number and the previous
     * hash under the head's lock and puts them around it as {@link #field} does: the number's and the hash's
     * characters are ASCII, so their length is the same in Java and in SQL.
     */
    static String between(Instant occurredAt, String userId, String roles, String action, String objectType,
                          String objectId, String details) {
        StringBuilder content = new StringBuilder();
        field(content, occurredAt == null ? null : occurredAt.toString());
        field(content, userId);
        field(content, roles);
        field(content, action);
        field(content, objectType);
        field(content, objectId);
        field(content, details);
        return content.toString();
    }

    /** Length-prefixed, so no choice of field values can make two different entries read the same. */
    private static void field(StringBuilder content, String value) {
        if (value == null) {
            content.append("-|");
        } else {
            content.append(value.length()).append(':').append(value).append('|');
        }
    }
}
