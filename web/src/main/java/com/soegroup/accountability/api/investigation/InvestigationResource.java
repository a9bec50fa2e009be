package com.soegroup.accountability.api.investigation;

import com.soegroup.accountability.api.ApiMessages;
import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.investigation.InvestigationDetail;
import com.soegroup.accountability.investigation.InvestigationService;
import com.soegroup.accountability.investigation.InvestigationStatus;
import com.soegroup.accountability.shared.IncidentReportLookup;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.Locale;

/**
 * {@code /investigations}: investigations within the caller's scope, team and recusal; anything else is 404,
 * in the list and by number alike. A case's loss, findings, evidence and report have resources of their own
 * under the same path.
 */
@Path("investigations")
@Produces(MediaType.APPLICATION_JSON)
public class InvestigationResource {

    @EJB
    private InvestigationService investigations;

    @Inject
    private IncidentReportLookup incidentReports;

    @Context
    private HttpHeaders headers;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    @Operation(summary = "Investigations of the caller's scope (for INVESTIGATOR only their teams' cases; recused ones never listed)")
    public InvestigationDtos.Page list(@QueryParam("status") String status, @QueryParam("q") String text,
                                       @QueryParam("page") @DefaultValue("0") int page,
                                       @QueryParam("size") @DefaultValue("50") int size) {
        ApiValues.checkPaging(page, size, 500);
        InvestigationStatus s = ApiValues.code(InvestigationStatus.class, "status", status);
        return InvestigationDtos.Page.of(investigations.search(s, text, page * size, size), page, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "Open an investigation from accepted clues with subjects and a plan (OFFICE)")
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(schema = @Schema(implementation = InvestigationDtos.Detail.class)))
    public Response open(InvestigationDtos.Opening opening, @Context UriInfo uri) {
        InvestigationDetail created = investigations.open(opening.data());
        return Response.created(uri.getAbsolutePathBuilder().path(created.summary().caseNo()).build())
                .entity(detail(created)).build();
    }

    @GET
    @Path("{caseNo}")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    @Operation(summary = "One investigation (404 outside the scope, off the team or recused; only the number before the "
            + "recusal declaration)")
    public InvestigationDtos.Detail get(@PathParam("caseNo") String caseNo) {
        return detail(investigations.detail(caseNo));
    }

    @GET
    @Path("{caseNo}/history")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    @Operation(summary = "An investigation's history")
    public List<InvestigationDtos.HistoryEntry> history(@PathParam("caseNo") String caseNo) {
        return investigations.history(caseNo).stream().map(InvestigationDtos.HistoryEntry::of).toList();
    }

    @POST
    @Path("{caseNo}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR})
    @Operation(summary = "Move an investigation along its lifecycle by role; 409 when illegal or stale")
    public InvestigationDtos.Detail transition(@PathParam("caseNo") String caseNo, InvestigationDtos.TransitionRequest r) {
        return detail(investigations.transition(caseNo, r.version(), r.to(), r.reason()));
    }

    @POST
    @Path("{caseNo}/team")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "Assign a team leader or member with their department (OFFICE)")
    public InvestigationDtos.Detail assign(@PathParam("caseNo") String caseNo, InvestigationDtos.Assignment r) {
        return detail(investigations.assign(caseNo, r.data()));
    }

    @POST
    @Path("{caseNo}/recusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    @Operation(summary = "The caller's recusal declaration; a declared conflict removes them from the team and hides "
            + "the case")
    public InvestigationDtos.Recusal declare(@PathParam("caseNo") String caseNo, InvestigationDtos.Declaration r) {
        return InvestigationDtos.Recusal.of(investigations.declare(caseNo, r.conflict(), r.statement()));
    }

    private InvestigationDtos.Detail detail(InvestigationDetail d) {
        Locale locale = ApiMessages.choose(headers == null ? List.of() : headers.getAcceptableLanguages());
        // a member who has not declared yet sees nothing of the case, its report included
        String report = d.recusalPending() ? null
                : incidentReports.forCase(d.summary().caseNo()).map(IncidentReportLookup.Link::reportNo).orElse(null);
        return InvestigationDtos.Detail.of(d, (key, args) -> ApiMessages.text(locale, key, args.toArray()), report);
    }
}
