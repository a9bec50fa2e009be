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
        assertTrue(AuditChain.verify(List.<AuditChain.Stored>of().iterator(), 0, AuditChain.GENESIS).intact());
    }

    @Test
    void changingAnyFieldOfAnEntryNamesThatEntry() {
        List<AuditChain.Stored> chain = chain(5);
        AuditChain.Stored third = chain.get(2);
        AuditChain.Entry e = third.entry();
        chain.set(2, new AuditChain.Stored(new AuditChain.Entry(e.seq(), e.occurredAt(), "someone-else", e.roles(), e.action(),
                e.objectType(), e.objectId(), e.details(), e.previousHash()), third.hash()));

        AuditChain.Verification result = verify(chain);

        assertFalse(result.intact());
        assertEquals(3L, result.seq());
        assertEquals(AuditChain.Problem.ALTERED, result.problem());
    }

    @Test
    void recomputingTheHashOfAChangedEntryIsCaughtByTheNextLink() {
        List<AuditChain.Stored> chain = chain(5);
        AuditChain.Entry e = chain.get(1).entry();
        AuditChain.Entry forged = new AuditChain.Entry(e.seq(), e.occurredAt(), e.userId(), e.roles(), "READ", e.objectType(),
                e.objectId(), e.details(), e.previousHash());
        chain.set(1, new AuditChain.Stored(forged, AuditChain.hash(forged)));

        AuditChain.Verification result = verify(chain);

        assertEquals(2L, result.seq());
        assertEquals(AuditChain.Problem.ALTERED, result.problem());
    }

    @Test
    void aRemovedEntryInTheMiddleOrAtTheEndIsNamed() {
        List<AuditChain.Stored> middle = chain(5);
        middle.remove(3);
        List<AuditChain.Stored> end = chain(5);
        end.remove(4);

        assertEquals(4L, verify(middle).seq());
        assertEquals(AuditChain.Problem.REMOVED, verify(middle).problem());
        // the head still says five entries were appended
        AuditChain.Verification tail = AuditChain.verify(end.iterator(), 5, chain(5).get(4).hash());
        assertEquals(5L, tail.seq());
        assertEquals(AuditChain.Problem.REMOVED, tail.problem());
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
        return AuditChain.verify(chain.iterator(), last.entry().seq(), last.hash());
    }

    private static List<AuditChain.Stored> chain(int length) {
        List<AuditChain.Stored> chain = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            AuditChain.Entry e = new AuditChain.Entry(seq, T0.plusSeconds(seq), "user" + seq, "OFFICE", "UPDATE", "PERSON",
                    "YB00000" + seq, "{\"changes\":[]}", previous);
            String hash = AuditChain.hash(e);
            chain.add(new AuditChain.Stored(e, hash));
            previous = hash;
        }
        return chain;
    }
}
