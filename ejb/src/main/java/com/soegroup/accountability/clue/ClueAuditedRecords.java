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
    /** The aliases ClueRepository's visibility is written over. */
    private static final String CLUES = "Clue c JOIN c.owner o";

    @Override
    public String about() {
        return "(" + AuditedRecords.ofTypes(TYPES) + " OR " + AuditedRecords.involvementIn(ClueRepository.OBJECT_TYPE) + ")";
    }

    @Override
    public Scope.Condition visible(Scope scope) {
        return about(ClueRepository.visible(scope));
    }

    @Override
    public Scope.Condition involved(Scope scope) {
        return about(AuditedRecords.not(scope.notInvolved(ClueRepository.OBJECT_TYPE, "c.id")));
    }

    /** Entries about a clue (by its number, or a recusal record by its id) that the condition over c and o lets through. */
    private static Scope.Condition about(Scope.Condition clue) {
        return new Scope.Condition("(" + AuditedRecords.byNumber(TYPES, CLUES, "c.ledgerNo", clue) + " OR "
                + AuditedRecords.byInvolvement(ClueRepository.OBJECT_TYPE, CLUES, "c.id", clue) + ")", clue.parameters());
    }
}
