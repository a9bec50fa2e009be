package com.soegroup.accountability.investigation;

import com.soegroup.accountability.audit.AuditedRecords;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

/** Entries about a case (its number first in the object id) are read as the case itself would be. */
@ApplicationScoped
public class InvestigationAuditedRecords implements AuditedRecords {

    private static final Numbered CASES = new Numbered(List.of(InvestigationRepository.OBJECT_TYPE, "INVESTIGATION_MEMBER",
            "INVESTIGATION_REPORT", "INVESTIGATION_NOTE", "FINDING", "FAULT_TOLERANCE", EvidenceService.AUDIT_EVIDENCE),
            "Investigation i JOIN i.owner o", "i.caseNo", InvestigationRepository.OBJECT_TYPE, "i.id");

    @Override
    public String about() {
        return CASES.about();
    }

    @Override
    public Scope.Condition visible(Scope scope) {
        return CASES.where(InvestigationRepository.visible(scope));
    }

    @Override
    public Scope.Condition involved(Scope scope) {
        return CASES.where(involvedIn(scope));
    }

    /** For an area whose entries are about a case, under object types of its own (the loss determination's). */
    public static Scope.Condition visibleCase(Scope scope, Collection<String> types) {
        return CASES.under(types).where(InvestigationRepository.visible(scope));
    }

    /** The same for the entries about a case the caller is involved in. */
    public static Scope.Condition involvedCase(Scope scope, Collection<String> types) {
        return CASES.under(types).where(involvedIn(scope));
    }

    private static Scope.Condition involvedIn(Scope scope) {
        return AuditedRecords.not(scope.notInvolved(InvestigationRepository.OBJECT_TYPE, "i.id"));
    }
}
