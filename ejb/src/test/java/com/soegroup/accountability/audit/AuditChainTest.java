package com.soegroup.accountability.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditChainTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00.123456Z");

    @Test
    void anUntouchedChainIsIntact() {
        List<AuditChain.Stored> chain = chain(5);

        AuditChain.Verification result = verify(chain);

        assertTrue(result.intact());
        assertEquals(5, result.entriesChecked());
        assertNull(result.seq());
    }

    @Test
    void anEmptyChainIsIntact() {
        assertTrue(AuditChain.verify(List.<AuditChain.Stored>of().iterator(), new AuditChain.Head(0, AuditChain.GENESIS, null)).intact());
    }

    @Test
    void changingAnyFieldOfAnEntryNamesThatEntry() {
        List<AuditChain.Stored> chain = chain(5);
        AuditChain.Stored third = chain.get(2);
        AuditChain.Entry e = third.entry();
        chain.set(2, AuditChain.Stored.of(third.entrySeq(), third.previousEntrySeq(), new AuditChain.Entry(e.position(),
                e.occurredAt(), "someone-else", e.roles(), e.action(), e.objectType(), e.objectId(), e.details(), e.previousHash()),
                third.hash()));

        AuditChain.Verification result = verify(chain);

        assertFalse(result.intact());
        assertEquals(103L, result.seq(), "named by the entry's number");
        assertEquals(3L, result.position());
        assertEquals(AuditChain.Problem.ALTERED, result.problem());
    }

    @Test
    void recomputingTheHashOfAChangedEntryIsCaughtByTheNextLink() {
        List<AuditChain.Stored> chain = chain(5);
        AuditChain.Stored second = chain.get(1);
        AuditChain.Entry e = second.entry();
        AuditChain.Entry forged = new AuditChain.Entry(e.position(), e.occurredAt(), e.userId(), e.roles(), "READ", e.objectType(),
                e.objectId(), e.details(), e.previousHash());
        chain.set(1, AuditChain.Stored.of(second.entrySeq(), second.previousEntrySeq(), forged, AuditChain.hash(forged)));

        AuditChain.Verification result = verify(chain);

        assertEquals(102L, result.seq());
        assertEquals(AuditChain.Problem.ALTERED, result.problem());
    }

    @Test
    void aRemovedEntryInTheMiddleOrAtTheEndIsNamed() {
        List<AuditChain.Stored> middle = chain(5);
        middle.remove(3);
        List<AuditChain.Stored> end = chain(5);
        end.remove(4);

        // the seal and its entry are gone: the next seal recorded which entry came before it
        assertEquals(104L, verify(middle).seq());
        assertEquals(4L, verify(middle).position());
        assertEquals(AuditChain.Problem.REMOVED, verify(middle).problem());
        // the head still says five entries were sealed, and which was the last
        AuditChain.Verification tail = AuditChain.verify(end.iterator(), new AuditChain.Head(5, chain(5).get(4).hash(), 105L));
        assertEquals(105L, tail.seq());
        assertEquals(AuditChain.Problem.REMOVED, tail.problem());
    }

    @Test
    void anEntryRemovedFromUnderItsSealIsNamed() {
        List<AuditChain.Stored> chain = chain(5);
        AuditChain.Stored third = chain.get(2);
        chain.set(2, new AuditChain.Stored(third.position(), third.entrySeq(), third.previousEntrySeq(), third.previousHash(),
                third.hash(), null));

        AuditChain.Verification result = verify(chain);

        assertEquals(103L, result.seq());
        assertEquals(AuditChain.Problem.REMOVED, result.problem());
    }

    @Test
    void aCheckFromACheckpointWalksOnlyTheSealsAfterItAndStillCatchesAChangeThere() {
        List<AuditChain.Stored> chain = chain(6);
        AuditChain.Stored third = chain.get(2);
        AuditChain.Checkpoint checkpoint = new AuditChain.Checkpoint(3, third.hash());
        AuditChain.Head head = new AuditChain.Head(6, chain.get(5).hash(), 106L);

        AuditChain.Verification intact = AuditChain.verify(chain.subList(3, 6).iterator(), checkpoint, head);
        AuditChain.Stored fifth = chain.get(4);
        AuditChain.Entry e = fifth.entry();
        chain.set(4, AuditChain.Stored.of(fifth.entrySeq(), fifth.previousEntrySeq(), new AuditChain.Entry(e.position(),
                e.occurredAt(), e.userId(), e.roles(), e.action(), e.objectType(), "YB999999", e.details(), e.previousHash()),
                fifth.hash()));
        AuditChain.Verification altered = AuditChain.verify(chain.subList(3, 6).iterator(), checkpoint, head);

        assertTrue(intact.intact());
        assertEquals(3, intact.entriesChecked());
        assertEquals(105L, altered.seq());
        assertEquals(AuditChain.Problem.ALTERED, altered.problem());
    }

    @Test
    void theHashCoversEveryFieldAndCannotBeShiftedBetweenFields() {
        AuditChain.Entry a = new AuditChain.Entry(1, T0, "ab", "c", "READ", null, null, null, AuditChain.GENESIS);
        AuditChain.Entry b = new AuditChain.Entry(1, T0, "a", "bc", "READ", null, null, null, AuditChain.GENESIS);
        AuditChain.Entry c = new AuditChain.Entry(1, T0, "ab", "c", "READ", "", null, null, AuditChain.GENESIS);

        assertNotEquals(AuditChain.hash(a), AuditChain.hash(b));
        assertNotEquals(AuditChain.hash(a), AuditChain.hash(c), "empty and missing differ");
        assertEquals(64, AuditChain.hash(a).length());
    }

    @Test
    void changesAreListedOnlyForFieldsThatDiffer() {
        List<FieldChange> changes = FieldChange.diff(Map.of("name", "王敏", "post", "主任"), Map.of("name", "王敏", "post", "副主任"));

        assertEquals(List.of(new FieldChange("post", "主任", "副主任")), changes);
    }

    private static AuditChain.Verification verify(List<AuditChain.Stored> chain) {
        AuditChain.Stored last = chain.get(chain.size() - 1);
        return AuditChain.verify(chain.iterator(), new AuditChain.Head(last.position(), last.hash(), last.entrySeq()));
    }

    /** A chain of seals at positions 1…length over entries numbered 101…: numbers and positions differ, as they do. */
    private static List<AuditChain.Stored> chain(int length) {
        List<AuditChain.Stored> chain = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int position = 1; position <= length; position++) {
            AuditChain.Entry e = new AuditChain.Entry(position, T0.plusSeconds(position), "user" + position, "OFFICE", "UPDATE",
                    "PERSON", "YB00000" + position, "{\"changes\":[]}", previous);
            String hash = AuditChain.hash(e);
            chain.add(AuditChain.Stored.of(100 + position, position == 1 ? null : 99L + position, e, hash));
            previous = hash;
        }
        return chain;
    }
}
