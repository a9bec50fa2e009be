package com.soegroup.accountability.api.clue;

import com.soegroup.accountability.api.ApiMessages;
import com.soegroup.accountability.clue.ClueData;
import com.soegroup.accountability.clue.ClueDetail;
import com.soegroup.accountability.clue.ClueFilter;
import com.soegroup.accountability.clue.CluePage;
import com.soegroup.accountability.clue.ClueService;
import com.soegroup.accountability.clue.ClueSort;
import com.soegroup.accountability.clue.ClueSource;
import com.soegroup.accountability.clue.ClueStatus;
import com.soegroup.accountability.clue.TransferKind;
import com.soegroup.accountability.clue.TransitionInput;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Locale;

/**
 * {@code /clues}: the clue ledger (问题线索台账) within the caller's scope and recusal; a clue outside either
 * is 404, by list and by number alike.
 */
@Path("clues")
@Produces(MediaType.APPLICATION_JSON)
public class ClueResource {


    @EJB
    private ClueService clues;

    @Context
    private HttpHeaders headers;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public ClueDtos.Page list(@QueryParam("enterprise") String enterprise,
                              @QueryParam("subsidiaries") @DefaultValue("true") boolean subsidiaries,
                              @QueryParam("status") List<String> status, @QueryParam("source") List<String> source,
                              @QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("supervised") Boolean supervised,
                              @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                              @QueryParam("level") String level, @QueryParam("q") String text,
                              @QueryParam("sort") String sort,
                              @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0) {
            throw AccountabilityException.invalid("page", "paging.invalid");
        }
        if (size < 1 || size > 500) {
            throw AccountabilityException.invalid("size", "paging.invalid");
        }
        ClueFilter filter = filter(enterprise, subsidiaries, status, source, from, to, supervised, overdue, level, text);
        CluePage found = clues.search(filter, sort(sort), page * size, size);
        return new ClueDtos.Page(found.total(), page, size, found.items().stream().map(ClueDtos.Clue::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    public Response register(ClueDtos.Registration registration, @Context UriInfo uri) {
        ClueDetail created = clues.register(data(registration));
        return Response.created(uri.getAbsolutePathBuilder().path(created.clue().ledgerNo()).build())
                .entity(detail(created)).build();
    }

    /** Open clues that look like the one being registered (same enterprise and person, or similar summary). */
    @POST
    @Path("similar")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    public List<ClueDtos.Clue> similar(ClueDtos.Registration registration) {
        return clues.similar(data(registration)).stream().map(ClueDtos.Clue::of).toList();
    }

    @GET
    @Path("{ledgerNo}")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public ClueDtos.Detail get(@PathParam("ledgerNo") String ledgerNo) {
        return detail(clues.detail(ledgerNo));
    }

    @GET
    @Path("{ledgerNo}/history")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public List<ClueDtos.HistoryEntry> history(@PathParam("ledgerNo") String ledgerNo) {
        return clues.history(ledgerNo).stream().map(ClueDtos.HistoryEntry::of).toList();
    }

    @POST
    @Path("{ledgerNo}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER})
    public ClueDtos.Detail transition(@PathParam("ledgerNo") String ledgerNo, ClueDtos.Transition t) {
        if (t == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        ClueStatus to = ClueJson.code(ClueStatus.class, "to", t.to());
        TransitionInput input = new TransitionInput(to, t.handler(), ClueJson.date("deadline", t.deadline()), t.reason(),
                ClueJson.code(TransferKind.class, "transferKind", t.transferKind()), t.receivingEnterprise(),
                t.receivingOrgan(), t.reference(), t.survivor(), Boolean.TRUE.equals(t.confirmed()));
        return detail(clues.transition(ledgerNo, t.version(), input));
    }

    static ClueFilter filter(String enterprise, boolean subsidiaries, List<String> status, List<String> source, String from,
                             String to, Boolean supervised, boolean overdue, String level, String text) {
        return new ClueFilter(enterprise == null || enterprise.isBlank() ? null : enterprise.strip(), subsidiaries,
                ClueJson.codes(ClueStatus.class, "status", status), ClueJson.codes(ClueSource.class, "source", source),
                ClueJson.date("from", from), ClueJson.date("to", to), supervised, overdue,
                ClueJson.code(LossLevel.class, "level", level), text);
    }

    /** {@code sort=receivedOn,desc}: a column of the ledger and a direction (descending unless "asc"). */
    static ClueSort sort(String sort) {
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

    private static ClueData data(ClueDtos.Registration r) {
        if (r == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        List<ClueData.PersonConcerned> persons = r.persons() == null ? List.of() : r.persons().stream()
                .map(p -> p == null ? new ClueData.PersonConcerned(null, null, null)
                        : new ClueData.PersonConcerned(p.employeeNo(), p.name(), p.note())).toList();
        return new ClueData(ClueJson.code(ClueSource.class, "source", r.source()), ClueJson.date("receivedOn", r.receivedOn()),
                r.enterprise(), persons, r.summary(), ClueJson.money("possibleLoss", r.possibleLoss()),
                ClueJson.code(LossLevel.class, "level", r.level()), r.reporterName(), r.reporterContact());
    }

    private ClueDtos.Detail detail(ClueDetail d) {
        Locale locale = ApiMessages.choose(headers == null ? List.of() : headers.getAcceptableLanguages());
        return ClueDtos.Detail.of(d, w -> ApiMessages.text(locale, w.messageKey(), w.arguments().toArray()));
    }
}
