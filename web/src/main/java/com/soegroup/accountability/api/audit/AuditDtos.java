package com.soegroup.accountability.api.audit;

import com.soegroup.accountability.audit.AuditChain;
import com.soegroup.accountability.audit.AuditRecord;
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

    /** {@code firstBad} and {@code problem} (ALTERED or REMOVED) name the first entry found wrong, else null. */
    @JsonbNillable
    @Schema(name = "AuditVerification")
    public record Verification(boolean intact, long entriesChecked, Long firstBad, String problem) {
        static Verification of(AuditChain.Verification v) {
            return new Verification(v.intact(), v.entriesChecked(), v.seq(),
                    v.problem() == null ? null : v.problem().name());
        }
    }
}
