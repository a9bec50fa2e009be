package com.soegroup.accountability.investigation;

import com.soegroup.accountability.audit.AuditedRecords;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

/** Entries about a case (its number first in the object id) are read as the case itself would be. */
@ApplicationScoped
public class InvestigationAuditedRecords implements AuditedRecords {

    private static final List<String> TYPES = List.of(InvestigationRepository.OBJECT_TYPE, "INVESTIGATION_MEMBER",
            "INVESTIGATION_REPORT", "INVESTIGATION_NOTE", "FINDING", "FAULT_TOLERANCE", EvidenceService.AUDIT_EVIDENCE);
    /** The aliases InvestigationRepository's visibility is written over. */
    private static final String CASES = "Investigation i JOIN i.owner o";

    @Override
    public String about() {
        return "(" + AuditedRecords.ofTypes(TYPES) + " OR " + AuditedRecords.involvementIn(InvestigationRepository.OBJECT_TYPE) + ")";
    }

    @Override
    public Scope.Condition visible(Scope scope) {
        Scope.Condition visible = InvestigationRepository.visible(scope);
        return new Scope.Condition("(" + AuditedRecords.byNumber(TYPES, CASES, "i.caseNo", visible) + " OR "
                + AuditedRecords.byInvolvement(InvestigationRepository.OBJECT_TYPE, CASES, "i.id", visible) + ")",
                visible.parameters());
    }

    /** For an area whose entries are about a case, under object types of its own (the loss determination's). */
    public static Scope.Condition visibleCase(Scope scope, Collection<String> types) {
        Scope.Condition visible = InvestigationRepository.visible(scope);
        return new Scope.Condition(AuditedRecords.byNumber(types, CASES, "i.caseNo", visible), visible.parameters());
    }
}
