package com.soegroup.accountability.org;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An organ of an enterprise as shown and reported; {@code exists} false for one not entered yet (version -1, no
 * members).
 */
public record OrganDetail(OrganKind kind, boolean exists, String name, LocalDate establishedOn, String basis,
                          String hostDepartment, String duties, Integer staffCount, List<OrganMemberData> members,
                          Instant updatedAt, List<OrganHistoryEntry> history, int version) implements Serializable {

    public OrganDetail {
        members = List.copyOf(members);
        history = List.copyOf(history);
    }
}
