package com.soegroup.accountability.search;

import java.io.Serializable;

/** How many records of a type the search found in the caller's scope; past {@code SearchService.CAP} only "more". */
public record SearchCount(SearchType type, long count, boolean more) implements Serializable {
}
