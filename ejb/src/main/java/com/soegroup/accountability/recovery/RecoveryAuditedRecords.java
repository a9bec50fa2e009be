package com.soegroup.accountability.recovery;

import com.soegroup.accountability.audit.AuditedRecords;
import com.soegroup.accountability.investigation.InvestigationAuditedRecords;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The recovery's entries are about its case, and read as the case would be. */
@ApplicationScoped
public class RecoveryAuditedRecords implements AuditedRecords {

    private static final List<String> TYPES = List.of(RecoveryService.AUDIT_EVENT, RecoveryService.AUDIT_CASE);

    @Override
    public String about() {
        return AuditedRecords.ofTypes(TYPES);
    }

    @Override
    public Scope.Condition visible(Scope scope) {
        return InvestigationAuditedRecords.visibleCase(scope, TYPES);
    }

    @Override
    public Scope.Condition involved(Scope scope) {
        return InvestigationAuditedRecords.involvedCase(scope, TYPES);
    }
}
