package com.soegroup.accountability.api.search;

import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.search.SearchCount;
import com.soegroup.accountability.search.SearchHit;
import com.soegroup.accountability.search.SearchResults;
import com.soegroup.accountability.search.SearchType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The JSON shape of {@code GET /search}. */
public final class SearchDtos {

    private SearchDtos() {
    }

    /** The page of the user interface where a record of the type is read and worked on, for its number. */
    public static String link(SearchType type, String number) {
        String no = URLEncoder.encode(number, StandardCharsets.UTF_8);
        return switch (type) {
            case CLUE -> "/accountability/clue/detail.xhtml?no=" + no;
            case INVESTIGATION -> "/accountability/investigation/investigation.xhtml?no=" + no;
            case DECISION -> "/accountability/decision/decision.xhtml?no=" + no;
            case PERSON -> "/accountability/org/people.xhtml?no=" + no;
        };
    }

    /** One record found: what it is, its number, its title, its enterprise's name, status code, date, and its page. */
    @Schema(name = "SearchItem")
    public record Item(String type, String number, String title, String enterprise, String status, String date,
                       String link) {
        static Item of(SearchHit h) {
            return new Item(h.type().name(), h.number(), h.title(), h.enterpriseName(), h.status(),
                    ApiValues.date(h.date()), SearchDtos.link(h.type(), h.number()));
        }
    }

    /** How many records of a type were found; {@code more} when there were more than the count says. */
    @Schema(name = "SearchCount")
    public record Count(String type, long count, boolean more) {
        static Count of(SearchCount c) {
            return new Count(c.type().name(), c.count(), c.more());
        }
    }

    /**
     * A page of results: the query, the count of every type the caller may search (whichever were asked for), the
     * sum of the types asked for and whether any of them had more (pages reach the first 1,000 of each type), the
     * page asked for and its items, type after type.
     */
    @Schema(name = "SearchPage")
    public record Page(String q, long total, boolean more, int page, int size, List<Count> counts, List<Item> items) {
        static Page of(SearchResults r, int page, int size) {
            return new Page(r.query(), r.total(), r.more(), page, size, r.counts().stream().map(Count::of).toList(),
                    r.items().stream().map(Item::of).toList());
        }
    }
}
