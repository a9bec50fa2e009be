package com.soegroup.accountability.duty;

import com.soegroup.accountability.audit.AuditedRecords;
import com.soegroup.accountability.investigation.InvestigationAuditedRecords;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** A link of a duty record to a finding is about the finding's case (its number first), and read as the case would be. */
@ApplicationScoped
public class DutyLinkAuditedRecords implements AuditedRecords {

    private static final List<String> TYPES = List.of(DutyFindingLinkService.AUDIT_LINK);

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
