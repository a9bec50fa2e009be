package com.soegroup.accountability.api.loss;

import com.soegroup.accountability.loss.LossService;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/**
 * {@code /investigations/{caseNo}/loss…}: a case's loss items, their sums and the level the rule engine determines
 * from them, for the callers who may read the case; and the cases that need a one-event-one-report.
 */
@Path("investigations")
@Produces(MediaType.APPLICATION_JSON)
public class LossResource {

    @EJB
    private LossService losses;

    /** Cases of the scope that need a one-event-one-report (一事一报告), with the day the obligation arose. */
    @GET
    @Path("incident-reports")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER})
    @Operation(summary = "Cases of the caller's scope needing a one-event-one-report (一事一报告), with the day the "
            + "obligation arose (OFFICE, LEADER)")
    public List<LossDtos.IncidentReportDue> incidentReports() {
        return losses.incidentReportsDue().stream().map(LossDtos.IncidentReportDue::of).toList();
    }

    @GET
    @Path("{caseNo}/loss")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    @Operation(summary = "Loss items, sums (recovered apart) and the level determined by the rule engine, with assets "
            + "missing flagged")
    public LossDtos.Loss loss(@PathParam("caseNo") String caseNo) {
        return LossDtos.Loss.of(losses.summary(caseNo));
    }

    @POST
    @Path("{caseNo}/loss-items")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    @Operation(summary = "Add a loss item (direct/indirect, contingent with the intermediary's assessment, evidence "
            + "basis, evidenceFiles = ids of this case's evidence files not withdrawn); re-evaluates the level")
    @APIResponse(responseCode = "201", description = "Added; the case's loss",
            content = @Content(schema = @Schema(implementation = LossDtos.Loss.class)))
    public Response addLossItem(@PathParam("caseNo") String caseNo, LossDtos.ItemRequest item) {
        return Response.status(201).entity(LossDtos.Loss.of(losses.addItem(caseNo, item.data()))).build();
    }

    @PUT
    @Path("{caseNo}/loss-items/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    @Operation(summary = "Correct a loss item while the case is worked on (until the report is approved), with the "
            + "version read; re-evaluates the level")
    public LossDtos.Loss correctLossItem(@PathParam("caseNo") String caseNo, @PathParam("id") long id,
                                         LossDtos.CorrectionRequest r) {
        return LossDtos.Loss.of(losses.correctItem(caseNo, id, r.version(), r.data()));
    }

    @POST
    @Path("{caseNo}/loss-items/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    @Operation(summary = "Withdraw a loss item with a reason while the case is worked on; it stays in the case's "
            + "record, no longer counts, and the level is re-evaluated")
    public LossDtos.Loss withdrawLossItem(@PathParam("caseNo") String caseNo, @PathParam("id") long id,
                                          LossDtos.WithdrawalRequest r) {
        return LossDtos.Loss.of(losses.withdrawItem(caseNo, id, r.version(), r.reason()));
    }

    /** The date of responsibility determination and, optionally, the rule set the case applies. */
    @POST
    @Path("{caseNo}/loss/determination")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    @Operation(summary = "Set the date of responsibility determination and optionally the rule set; re-evaluates the "
            + "level")
    public LossDtos.Loss determine(@PathParam("caseNo") String caseNo, LossDtos.DeterminationRequest r) {
        return LossDtos.Loss.of(losses.setBasis(caseNo, r.determinationDate(), r.ruleSet()));
    }
}
