package com.soegroup.accountability.clue;

import java.util.List;
import java.util.Map;

/** A page of the reconciliation, the open clues in all, and how many are open per handling unit and state. */
public record ReconciliationPage(long total, List<ReconciliationLine> items, Map<String, Map<ClueStatus, Long>> openByUnit) {
}
