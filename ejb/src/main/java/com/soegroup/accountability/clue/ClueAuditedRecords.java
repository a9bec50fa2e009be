package com.soegroup.accountability.clue;

import com.soegroup.accountability.audit.AuditedRecords;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Entries about a clue (its ledger number first in the object id) are read as the clue itself would be. */
@ApplicationScoped
public class ClueAuditedRecords implements AuditedRecords {

    private static final Numbered CLUES = new Numbered(List.of(ClueRepository.OBJECT_TYPE, "CLUE_ATTACHMENT",
            "SUPERVISION_PROGRESS", "REPORT_MESSAGE"), "Clue c JOIN c.owner o", "c.ledgerNo", ClueRepository.OBJECT_TYPE, "c.id");

    @Override
    public String about() {
        return CLUES.about();
    }

    @Override
    public Scope.Condition visible(Scope scope) {
        return CLUES.where(ClueRepository.visible(scope));
    }

    @Override
    public Scope.Condition involved(Scope scope) {
        return CLUES.where(AuditedRecords.not(scope.notInvolved(ClueRepository.OBJECT_TYPE, "c.id")));
    }
}
