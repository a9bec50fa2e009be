package com.soegroup.accountability.api.search;

import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.search.SearchResults;
import com.soegroup.accountability.search.SearchService;
import com.soegroup.accountability.search.SearchType;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * {@code GET /search}: the header's search box as an API. Clues, cases, decisions and people of the caller's scope
 * by number, name or words of their text, never a record the caller is recused from; each type only for the roles
 * of its own list.
 */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @EJB
    private SearchService search;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "Clues, cases, decisions and people of the caller's scope whose number begins with, or whose "
            + "name or text contains, every word of q (Chinese without spaces, at least two characters); types= "
            + "PERSON, INVESTIGATION, DECISION, CLUE (repeated or comma-separated; all the caller may see when absent); "
            + "every type the caller may search counted up to 1,000; people first, clues last, newest first within a type")
    public SearchDtos.Page search(@QueryParam("q") String q, @QueryParam("types") List<String> types,
                                  @QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue("20") int size) {
        ApiValues.checkPaging(page, size, SearchService.MAX_PAGE);
        SearchResults found = search.search(q, ApiValues.codes(SearchType.class, "types", types), page * size, size);
        return SearchDtos.Page.of(found, page, size);
    }
}
