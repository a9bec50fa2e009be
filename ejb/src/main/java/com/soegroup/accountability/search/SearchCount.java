package com.soegroup.accountability.search;

/** How many records of a type the search found in the caller's scope; past {@code SearchService.CAP} only "more". */
public record SearchCount(SearchType type, long count, boolean more) {
}
