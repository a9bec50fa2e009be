package com.soegroup.accountability.clue;

import com.soegroup.accountability.audit.AuditedRecords;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Entries about a clue (its ledger number first in the object id) are read as the clue itself would be. */
@ApplicationScoped
public class ClueAuditedRecords implements AuditedRecords {

    static final List<String> TYPES = List.of(ClueRepository.OBJECT_TYPE, "CLUE_ATTACHMENT", "SUPERVISION_PROGRESS",
            "REPORT_MESSAGE");

    @Override
    public String about() {
        return "(" + AuditedRecords.ofTypes(TYPES) + " OR " + AuditedRecords.involvementIn(ClueRepository.OBJECT_TYPE) + ")";
    }

    @Override
    public Scope.Condition visible(Scope scope) {
        Scope.Condition visible = ClueRepository.visible(scope);
        return new Scope.Condition("(" + AuditedRecords.ofTypes(TYPES) + " AND EXISTS (SELECT 1 FROM Clue c JOIN c.owner o "
                + "WHERE c.ledgerNo = " + AuditedRecords.KEY + " AND " + visible + ") OR "
                + AuditedRecords.involvementIn(ClueRepository.OBJECT_TYPE) + " AND EXISTS (SELECT 1 FROM Clue c JOIN c.owner o "
                + "WHERE c.id = " + AuditedRecords.involvedId(ClueRepository.OBJECT_TYPE) + " AND " + visible + "))",
                visible.parameters());
    }
}
