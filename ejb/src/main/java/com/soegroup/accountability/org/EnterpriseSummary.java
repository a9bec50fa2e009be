package com.soegroup.accountability.org;

import java.io.Serializable;
import java.time.LocalDate;

/** An enterprise as lists and the tree show it. {@code depth} is 0 for the group. */
public record EnterpriseSummary(String code, String fullName, String shortName, String parentCode, EnterpriseType type,
                                String uscc, String ownerInstitution, EnterpriseStatus status, LocalDate statusDate,
                                String mergedIntoCode, int depth, int version) implements Serializable {

    static EnterpriseSummary of(Enterprise e) {
        return new EnterpriseSummary(e.code(), e.fullName(), e.shortName(), e.parent() == null ? null : e.parent().code(),
                e.type(), e.uscc(), e.ownerInstitution(), e.status(), e.statusDate(),
                e.mergedInto() == null ? null : e.mergedInto().code(), e.depth(), e.version());
    }
}
