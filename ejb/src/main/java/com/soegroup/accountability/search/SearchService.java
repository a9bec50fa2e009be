package com.soegroup.accountability.search;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * One search over the records the caller may see (the header's search box, {@code GET /search}): every type the
 * caller's roles reach, each within the scope and without the records the caller is recused from, counted up to
 * {@value #CAP}, and a page of those of the types asked for, type after type in {@link SearchType}'s order. Every
 * search is one audit entry (READ of {@value #AUDIT_SEARCH}) with the query's beginning and the counts.
 */
@Stateless
@DenyAll
public class SearchService {

    public static final String AUDIT_SEARCH = "SEARCH";
    /** Records of a type counted and reachable by paging: past it, the user narrows the search. */
    public static final int CAP = 1000;
    public static final int MAX_PAGE = 100;
    /** How much of the query the audit entry keeps (a query may be a pasted paragraph of case facts). */
    static final int AUDITED_QUERY = 40;

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private SearchRepository search;

    /**
     * The records of the given types (all when empty) that the text finds, from {@code first}, at most {@code max}.
     * A query that cannot be searched (empty, one character, too long, control characters) is refused naming
     * {@code q}, and not logged: nothing was read.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public SearchResults search(String text, Set<SearchType> types, int first, int max) {
        if (first < 0) {
            throw AccountabilityException.invalid("page", "paging.invalid");
        }
        if (max < 1 || max > MAX_PAGE) {
            throw AccountabilityException.invalid("size", "paging.invalid");
        }
        SearchQuery query = SearchQuery.parse(text);
        Scope scope = scopes.current();
        // every type is counted, whichever are listed: the page's tabs show them all
        List<SearchCount> counts = new ArrayList<>();
        for (SearchType type : SearchType.values()) {
            if (type.openTo(scope)) {
                long found = search.count(scope, type, query, CAP + 1);
                counts.add(new SearchCount(type, Math.min(found, CAP), found > CAP));
            }
        }
        List<SearchCount> listed = counts.stream()
                .filter(c -> types == null || types.isEmpty() || types.contains(c.type())).toList();
        // the page runs through the types in order: skip whole types before it, read the part of each it covers
        List<SearchHit> items = new ArrayList<>();
        long offset = first;
        for (SearchCount count : listed) {
            if (items.size() == max) {
                break;
            }
            if (offset >= count.count()) {
                offset -= count.count();
                continue;
            }
            int wanted = (int) Math.min(max - items.size(), count.count() - offset);
            items.addAll(search.page(scope, count.type(), query, (int) offset, wanted, count.more()));
            offset = 0;
        }
        long total = listed.stream().mapToLong(SearchCount::count).sum();
        boolean more = listed.stream().anyMatch(SearchCount::more);
        audit.record(AuditAction.READ, AUDIT_SEARCH, null, List.of(), facts(query, counts, first, items.size()));
        return new SearchResults(query.text(), counts, total, more, items);
    }

    private static Map<String, Object> facts(SearchQuery query, List<SearchCount> counts, int first, int shown) {
        Map<String, Object> facts = new LinkedHashMap<>();
        String text = query.text();
        facts.put("q", text.codePointCount(0, text.length()) <= AUDITED_QUERY ? text
                : text.substring(0, text.offsetByCodePoints(0, AUDITED_QUERY)) + "…");
        StringJoiner found = new StringJoiner(", ");
        counts.forEach(c -> found.add(c.type().name() + "=" + c.count() + (c.more() ? "+" : "")));
        facts.put("found", found.toString());
        facts.put("first", first);
        facts.put("shown", shown);
        return facts;
    }
}
