package com.soegroup.accountability.api.audit;

import com.soegroup.accountability.audit.AuditChain;
import com.soegroup.accountability.audit.AuditRecord;
import com.soegroup.accountability.audit.ChainCheck;
import com.soegroup.accountability.audit.FieldChange;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The JSON shapes of /audit. */
public final class AuditDtos {

    private AuditDtos() {
    }

    @JsonbNillable
    @Schema(name = "AuditEntry")
    public record Entry(long seq, Instant occurredAt, String user, String roles, String action, String objectType,
                        String objectId, List<Change> changes, Map<String, String> facts, String hash) {
        static Entry of(AuditRecord r) {
            return new Entry(r.seq(), r.occurredAt(), r.userId(), r.roles(), r.action(), r.objectType(), r.objectId(),
                    r.changes() == null ? null : r.changes().stream().map(Change::of).toList(), r.facts(), r.hash());
        }
    }

    /** One changed field: old and new value as text, each left out when empty. */
    @Schema(name = "AuditFieldChange")
    public record Change(String field, String oldValue, String newValue) {
        static Change of(FieldChange c) {
            return new Change(c.field(), c.oldValue(), c.newValue());
        }
    }

    @Schema(name = "AuditPage")
    public record Page(long total, int page, int size, List<Entry> items) {
    }

    /**
     * {@code firstBad} (the entry's number) and {@code problem} (ALTERED, REMOVED, or FOREIGN: in the table but never written into the chain) name the first entry found
     * wrong, else null; {@code firstBadPosition} is its place in the chain (the only name left when a run of entries
     * was removed with their seals). {@code full}: walked from the first entry, else from {@code fromPosition},
     * where the last intact check ended; {@code awaitingSeal}: entries of the last seconds not yet in the chain.
     */
    @JsonbNillable
    @Schema(name = "AuditVerification")
    public record Verification(boolean intact, long entriesChecked, Long firstBad, String problem, Long firstBadPosition,
                               boolean full, long fromPosition, long awaitingSeal) {
        static Verification of(ChainCheck check) {
            AuditChain.Verification v = check.result();
            return new Verification(v.intact(), v.entriesChecked(), v.seq(), v.problem() == null ? null : v.problem().name(),
                    v.position(), check.full(), check.from(), check.awaitingSeal());
        }
    }
}
