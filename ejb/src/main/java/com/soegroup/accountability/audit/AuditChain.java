package com.soegroup.accountability.audit;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;

/**
 * The hash chain of the audit trail, as pure computation. Entries are written without a lock and sealed in
 * batches (AuditSealer): each seal gives one entry the next position in the chain and the SHA-256 of the
 * position, the entry's content and the previous seal's hash; the first seal's previous hash is {@link #GENESIS}.
 * Changing any field of an entry no longer matches its seal's hash; recomputing that hash breaks the next seal's
 * link; a removed entry leaves its seal without it; a removed seal leaves a gap in the positions (or, at the end,
 * a head beyond the last seal).
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The content of a sealed entry, everything its hash covers: its position in the chain, not its number. */
    public record Entry(long position, Instant occurredAt, String userId, String roles, String action, String objectType,
                        String objectId, String details, String previousHash) {
    }

    /**
     * A seal as stored: its position, the number of the entry it seals and of the entry sealed before it, the
     * previous hash and its hash; and the entry's content, null when the entry is missing.
     */
    public record Stored(long position, long entrySeq, Long previousEntrySeq, String previousHash, String hash, Entry entry) {

        /** A seal with its entry present: the entry's position and previous hash are the seal's. */
        public static Stored of(long entrySeq, Long previousEntrySeq, Entry entry, String hash) {
            return new Stored(entry.position(), entrySeq, previousEntrySeq, entry.previousHash(), hash, entry);
        }
    }

    /** Where a walk starts: a position already verified and its hash (the genesis: position 0). */
    public record Checkpoint(long position, String hash) {
        public static final Checkpoint START = new Checkpoint(0, GENESIS);
    }

    /** The head as the chain's head row records it: the last position sealed, its hash and its entry. */
    public record Head(long position, String hash, Long entrySeq) {
    }

    public enum Problem {
        /** The entry's content no longer matches its seal, or a seal's hash was recomputed after a change. */
        ALTERED,
        /** The entry, or its seal, is missing. */
        REMOVED,
        /** The entry was written around the application: it has no seal and awaits none. */
        FOREIGN
    }

    /**
     * The outcome of a walk along the chain: {@code intact}, or the first entry that was altered or removed, by
     * its number ({@code seq}; null only when a run of seals was removed with their entries, which leaves no
     * trace of their numbers) and its position in the chain.
     */
    public record Verification(boolean intact, long entriesChecked, Long seq, Long position, Problem problem)
            implements Serializable {

        static Verification ok(long checked) {
            return new Verification(true, checked, null, null, null);
        }

        static Verification broken(long checked, Long seq, Long position, Problem problem) {
            return new Verification(false, checked, seq, position, problem);
        }

        /** This result, or when the walk found the chain intact, the entry found outside the chain. */
        public Verification orForeign(Long foreignSeq) {
            return !intact || foreignSeq == null ? this : broken(entriesChecked, foreignSeq, null, Problem.FOREIGN);
        }
    }

    public static String hash(Entry e) {
        StringBuilder content = new StringBuilder();
        field(content, Long.toString(e.position()));
        content.append(between(e.occurredAt(), e.userId(), e.roles(), e.action(), e.objectType(), e.objectId(), e.details()));
        field(content, e.previousHash());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is not available", e1);
        }
    }

    /** Walks the whole chain from the genesis. */
    public static Verification verify(Iterator<Stored> seals, Head head) {
        return verify(seals, Checkpoint.START, head);
    }

    /**
     * Walks the seals after a checkpoint in position order and compares the end with the head of the chain.
     *
     * @param seals every stored seal after the checkpoint up to the head, ordered by position
     * @param from  the last position verified before and its hash ({@link Checkpoint#START} for a full check)
     * @param head  the head row
     */
    public static Verification verify(Iterator<Stored> seals, Checkpoint from, Head head) {
        long expected = from.position() + 1;
        String previous = from.hash();
        Stored before = null;
        long checked = 0;
        while (seals.hasNext()) {
            Stored seal = seals.next();
            if (seal.position() != expected) {
                // the seal after a single gap recorded the entry of the missing one
                Long missing = seal.position() == expected + 1 ? seal.previousEntrySeq() : null;
                return Verification.broken(checked, missing, expected, Problem.REMOVED);
            }
            boolean ownHashHolds = seal.entry() != null && hash(seal.entry()).equals(seal.hash());
            if (!previous.equals(seal.previousHash())) {
                // a seal whose own hash holds but whose link does not: the one before it was changed and rehashed
                return ownHashHolds && before != null
                        ? Verification.broken(checked, before.entrySeq(), before.position(), Problem.ALTERED)
                        : Verification.broken(checked, seal.entrySeq(), expected, Problem.ALTERED);
            }
            if (seal.entry() == null) {
                return Verification.broken(checked, seal.entrySeq(), expected, Problem.REMOVED);
            }
            if (!ownHashHolds) {
                return Verification.broken(checked, seal.entrySeq(), expected, Problem.ALTERED);
            }
            checked++;
            previous = seal.hash();
            before = seal;
            expected++;
        }
        if (head.position() >= expected) {
            return Verification.broken(checked, head.position() == expected ? head.entrySeq() : null, expected, Problem.REMOVED);
        }
        if (head.position() == expected - 1 && head.position() > from.position() && !previous.equals(head.hash())) {
            return Verification.broken(checked, before == null ? head.entrySeq() : before.entrySeq(), head.position(), Problem.ALTERED);
        }
        return Verification.ok(checked);
    }

    /**
     * The hashed content of an entry between its position and the previous hash. Chains sealed before V35
     * were hashed in SQL with the same framing (the number's and the hash's characters are ASCII, so their
     * length is the same in Java and in SQL), which is why those hashes still hold.
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
