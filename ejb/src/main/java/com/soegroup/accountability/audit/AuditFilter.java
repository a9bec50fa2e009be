package com.soegroup.accountability.audit;

import java.time.LocalDate;

/** What the log viewer narrows to; nulls mean "any". Dates are Chinese calendar days, both inclusive. */
public record AuditFilter(String userId, AuditAction action, String objectType, String objectId, LocalDate from,
                          LocalDate to) {

    public static AuditFilter any() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
