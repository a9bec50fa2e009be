package com.soegroup.accountability.search;

import java.io.Serializable;
import java.util.List;

/**
 * A page of a search: the query as understood, the count of every type the caller may search (in the order of
 * {@link SearchType}, whichever types were asked for), the sum of those asked for (each counted up to
 * {@code SearchService.CAP}: pages reach that far), whether any of them had more, and the page's records, type by
 * type.
 */
public record SearchResults(String query, List<SearchCount> counts, long total, boolean more, List<SearchHit> items) implements Serializable {

    public SearchResults {
        counts = List.copyOf(counts);
        items = List.copyOf(items);
    }
}
