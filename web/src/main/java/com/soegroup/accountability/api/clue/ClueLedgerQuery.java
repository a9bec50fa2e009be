package com.soegroup.accountability.api.clue;

import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.clue.ClueFilter;
import com.soegroup.accountability.clue.ClueSort;
import com.soegroup.accountability.clue.ClueSource;
import com.soegroup.accountability.clue.ClueStatus;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.set.CircumstanceArea;
import com.soegroup.accountability.shared.AccountabilityException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;
import java.util.Locale;

/**
 * The clue ledger's filter and sort as query parameters, the same for {@code GET /clues} and its exports. Anything
 * wrong is a 400 naming the parameter.
 */
public class ClueLedgerQuery {

    @QueryParam("enterprise")
    @Parameter(description = "A handling unit by code: its subtree's clues, or its own alone with subsidiaries=false")
    private String enterprise;

    @QueryParam("subsidiaries")
    @DefaultValue("true")
    private boolean subsidiaries;

    @QueryParam("status")
    @Parameter(description = "States, repeated or comma-separated (status=CHECKING,ACCEPTED)")
    private List<String> status;

    @QueryParam("source")
    @Parameter(description = "Sources, repeated or comma-separated")
    private List<String> source;

    @QueryParam("from")
    @Parameter(description = "Received on or after (YYYY-MM-DD)")
    private String from;

    @QueryParam("to")
    @Parameter(description = "Received on or before (YYYY-MM-DD)")
    private String to;

    @QueryParam("supervised")
    private Boolean supervised;

    @QueryParam("overdue")
    @DefaultValue("false")
    private boolean overdue;

    @QueryParam("level")
    private String level;

    @QueryParam("area")
    @Parameter(description = "A circumstance area (M§7–M§16): the clues suspected of a circumstance of it (area=FUNDS)")
    private String area;

    @QueryParam("q")
    @Parameter(description = "Text searched in the summary and the ledger number")
    private String text;

    @QueryParam("sort")
    @Parameter(description = "A column of the ledger and a direction, descending unless asc: sort=receivedOn,desc")
    private String sort;

    ClueFilter filter() {
        return new ClueFilter(enterprise == null || enterprise.isBlank() ? null : enterprise.strip(), subsidiaries,
                ApiValues.codes(ClueStatus.class, "status", status), ApiValues.codes(ClueSource.class, "source", source),
                ApiValues.date("from", from), ApiValues.date("to", to), supervised, overdue,
                ApiValues.code(LossLevel.class, "level", level), text,
                ApiValues.code(CircumstanceArea.class, "area", area));
    }

    /** {@code sort=receivedOn,desc}: a column of the ledger and a direction (descending unless "asc"). */
    ClueSort sort() {
        if (sort == null || sort.isBlank()) {
            return ClueSort.DEFAULT;
        }
        String[] parts = sort.split(",");
        String column = parts[0].strip().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        ClueSort.Column chosen;
        try {
            chosen = ClueSort.Column.valueOf(column);
        } catch (IllegalArgumentException e) {
            throw AccountabilityException.invalid("sort", "field.unknownCode", parts[0].strip());
        }
        return new ClueSort(chosen, parts.length > 1 && "asc".equalsIgnoreCase(parts[1].strip()));
    }
}
