package com.soegroup.accountability.web.search;

import com.soegroup.accountability.search.SearchCount;
import com.soegroup.accountability.search.SearchHit;
import com.soegroup.accountability.search.SearchResults;
import com.soegroup.accountability.search.SearchService;
import com.soegroup.accountability.search.SearchType;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 查找结果 (search/results.xhtml?q=…&amp;type=…): what the header's search box found, a lazy list of twenty a page,
 * with the count of each type as tabs that narrow it. The first page is read by the view action (a refusal of the
 * query is then the page's message); every page read is one search, and one audit entry.
 */
@Named
@ViewScoped
public class SearchResultsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The list's page size (the table offers no other: a search is read page by page, each one logged). */
    public static final int PAGE = 20;

    @EJB
    private SearchService search;

    private String q;
    private String type;
    private SearchResults first;
    /** The counts of every type, as the search over all of them found them: the tabs keep them when one is chosen. */
    private List<SearchCount> counts = List.of();

    // The table reads its rows while the page is written, too late for the exception handler to keep the page:
    // a refusal is shown here and the table stays empty.
    private final LazyDataModel<SearchHit> results = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return first == null ? 0 : (int) first.total();
        }

        @Override
        public List<SearchHit> load(int offset, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (first == null) {
                return List.of();
            }
            if (offset == 0 && pageSize == PAGE) {
                setRowCount((int) first.total());
                return first.items();
            }
            SearchResults page = Pages.readWhileWriting(() -> search.search(q, types(), offset, pageSize), null);
            if (page == null) {
                return List.of();
            }
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(SearchHit hit) {
            return hit.type() + ":" + hit.number();
        }

        @Override
        public SearchHit getRowData(String rowKey) {
            return null;
        }
    };

    /** The view action: the first page, and the counts of every type for the tabs. */
    public void search() {
        first = null;
        counts = List.of();
        if (q == null) {
            return;
        }
        first = search.search(q, types(), 0, PAGE);
        counts = first.counts();
    }

    private Set<SearchType> types() {
        SearchType chosen = chosen();
        return chosen == null ? EnumSet.noneOf(SearchType.class) : EnumSet.of(chosen);
    }

    /** The type of the tab chosen, or null for all (an unknown one in the address is all, too). */
    public SearchType chosen() {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return SearchType.valueOf(type.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The page where the record is read, as a Faces outcome (its number goes with it as {@code no}). */
    public String outcome(SearchHit hit) {
        return switch (hit.type()) {
            case CLUE -> "/clue/detail";
            case INVESTIGATION -> "/investigation/investigation";
            case DECISION -> "/decision/decision";
            case PERSON -> "/org/people";
        };
    }

    public boolean isSearched() {
        return first != null;
    }

    /** The sum of the counts of every type, for the tab "all". */
    public long getAllCount() {
        return counts.stream().mapToLong(SearchCount::count).sum();
    }

    public boolean isMore() {
        return counts.stream().anyMatch(SearchCount::more);
    }

    public List<SearchCount> getCounts() {
        return counts;
    }

    public LazyDataModel<SearchHit> getResults() {
        return results;
    }

    public int getPage() {
        return PAGE;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }
}
