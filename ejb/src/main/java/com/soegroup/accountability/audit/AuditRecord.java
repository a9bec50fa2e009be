package com.soegroup.accountability.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An audit entry as the log viewer and the API show it, its details unpacked. */
public record AuditRecord(long seq, Instant occurredAt, String userId, String roles, String action, String objectType,
                          String objectId, List<FieldChange> changes, Map<String, String> facts,
                          String hash) implements Serializable {
}
