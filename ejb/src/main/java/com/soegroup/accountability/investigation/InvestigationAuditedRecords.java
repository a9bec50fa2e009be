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
        return about(InvestigationRepository.visible(scope));
    }

    @Override
    public Scope.Condition involved(Scope scope) {
        return about(involvedIn(scope));
    }

    /** For an area whose entries are about a case, under object types of its own (the loss determination's). */
    public static Scope.Condition visibleCase(Scope scope, Collection<String> types) {
        Scope.Condition visible = InvestigationRepository.visible(scope);
        return new Scope.Condition(AuditedRecords.byNumber(types, CASES, "i.caseNo", visible), visible.parameters());
    }

    /** The same for the entries about a case the caller is involved in. */
    public static Scope.Condition involvedCase(Scope scope, Collection<String> types) {
        Scope.Condition involved = involvedIn(scope);
        return new Scope.Condition(AuditedRecords.byNumber(types, CASES, "i.caseNo", involved), involved.parameters());
    }

    private static Scope.Condition involvedIn(Scope scope) {
        return AuditedRecords.not(scope.notInvolved(InvestigationRepository.OBJECT_TYPE, "i.id"));
    }

    /** Entries about a case (by its number, or a recusal record by its id) that the condition over i and o lets through. */
    private static Scope.Condition about(Scope.Condition investigation) {
        return new Scope.Condition("(" + AuditedRecords.byNumber(TYPES, CASES, "i.caseNo", investigation) + " OR "
                + AuditedRecords.byInvolvement(InvestigationRepository.OBJECT_TYPE, CASES, "i.id", investigation) + ")",
                investigation.parameters());
    }
}
