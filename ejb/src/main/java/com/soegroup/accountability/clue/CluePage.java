package com.soegroup.accountability.clue;

import java.util.List;

/** One page of the ledger and how many lines the filter matches in all. */
public record CluePage(long total, List<ClueSummary> items) {
}
