package com.soegroup.accountability.org;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One entry of an enterprise's history in the tree. */
public record TreeChange(EnterpriseChangeKind kind, LocalDate effectiveDate, String oldParentCode, String newParentCode,
                         String mergedIntoCode, String reason, String recordedBy,
                         Instant recordedAt) implements Serializable {

    static TreeChange of(EnterpriseChange c) {
        return new TreeChange(c.kind(), c.effectiveDate(), code(c.oldParent()), code(c.newParent()), code(c.mergedInto()),
                c.reason(), c.recordedBy(), c.recordedAt());
    }

    private static String code(Enterprise e) {
        return e == null ? null : e.code();
    }
}
