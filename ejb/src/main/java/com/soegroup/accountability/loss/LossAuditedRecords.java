package com.soegroup.accountability.loss;

import com.soegroup.accountability.audit.AuditedRecords;
import com.soegroup.accountability.investigation.InvestigationAuditedRecords;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The loss determination's entries are about its case, and read as the case would be. */
@ApplicationScoped
public class LossAuditedRecords implements AuditedRecords {

    private static final List<String> TYPES = List.of(LossService.AUDIT_LOSS, "LOSS_ITEM");

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
