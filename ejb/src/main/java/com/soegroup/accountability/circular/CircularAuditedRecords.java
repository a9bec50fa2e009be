package com.soegroup.accountability.circular;

import com.soegroup.accountability.audit.AuditedRecords;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The circulars' entries, seen by an auditor whose scope holds the issuing enterprise and who is not involved in the case. */
@ApplicationScoped
public class CircularAuditedRecords implements AuditedRecords {

    private static final Numbered CIRCULARS = new Numbered(List.of(CircularRepository.OBJECT_TYPE),
            "Circular c JOIN c.enterprise e", "c.circularNo");

    @Override
    public String about() {
        return CIRCULARS.about();
    }

    @Override
    public Scope.Condition visible(Scope scope) {
        return CIRCULARS.where(CircularRepository.caseRecord(scope));
    }
}
