package com.soegroup.accountability.clue;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The close-out hook (对账销号): a clue closes only when all its work is finished (workflow.md). Each later area
 * (investigation, decision, rectification) provides one CDI bean implementing this interface that answers,
 * for a batch of clues, the work of its own area still open; the clue services ask every implementation
 * before closing, for a clue's page and for the reconciliation list ({@link ReconciliationService}). Implementations read only their own tables, in the
 * caller's transaction; a clue without open work is simply absent from the answer.
 */
public interface ClueWork {

    /** Open work by clue id, for the clues among {@code clueIds} that have any. */
    Map<Long, List<OpenWork>> openWork(Collection<Long> clueIds);
}
