package com.soegroup.accountability.shared;

/**
 * A clue was merged into another (并入): from now on they are one event. Fired by the clue area in the transaction of
 * the merge, so that the one-event-one-report keeps one report per event without the clue area importing it.
 *
 * @param mergedClueId   the clue merged away
 * @param survivorClueId the clue it was merged into
 * @param userId         who merged them
 */
public record CluesMerged(long mergedClueId, long survivorClueId, String userId) {
}
