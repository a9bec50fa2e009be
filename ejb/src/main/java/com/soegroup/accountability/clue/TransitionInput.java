package com.soegroup.accountability.clue;

import java.time.LocalDate;

/**
 * What a user gives to move a clue to {@code to}; which fields are needed depends on the transition
 * ({@link ClueLifecycle}). Text is taken as written and shown as text, never as markup.
 *
 * @param handler             who checks the clue (CHECKING)
 * @param deadline            when checking must be finished (CHECKING)
 * @param reason              why (required for NOT_ACCEPTED, kept in the history for every transition)
 * @param transferKind        where to (TRANSFERRED)
 * @param receivingEnterprise code of the receiving unit of the group (TRANSFERRED to HIGHER_LEVEL or OTHER_UNIT)
 * @param receivingOrgan      name of the receiving organ outside the group (TRANSFERRED to an organ)
 * @param reference           the transfer letter's number (TRANSFERRED) or the other rules' reference (OUT_OF_SCOPE)
 * @param survivor            ledger number of the clue this one is merged into (MERGED)
 * @param confirmed           the user confirmed closing (CLOSED)
 */
public record TransitionInput(ClueStatus to, String handler, LocalDate deadline, String reason, TransferKind transferKind,
                              String receivingEnterprise, String receivingOrgan, String reference, String survivor,
                              boolean confirmed) {

    public static TransitionInput to(ClueStatus to) {
        return new TransitionInput(to, null, null, null, null, null, null, null, null, false);
    }
}
