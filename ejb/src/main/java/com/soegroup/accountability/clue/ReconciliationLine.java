package com.soegroup.accountability.clue;

import java.io.Serializable;
import java.util.List;

/** A line of the close-out reconciliation (对账): an open clue and every reason it is not closed yet. */
public record ReconciliationLine(ClueSummary clue, List<OpenWork> reasons,
                                 boolean readyToClose) implements Serializable {
}
