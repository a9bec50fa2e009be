package com.soegroup.accountability.api.recovery;

import com.soegroup.accountability.recovery.RecoveryService;
import com.soegroup.accountability.recovery.RecoveryWriteOffService;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Loss recovery (追损) of a case: {@code /investigations/{caseNo}/recoveries…} for its events, figures and the write-off
 * of its balance, within the case's scope, team and recusal (404 outside). The totals are {@link RecoveryTotalsResource}'s.
 */
@Path("investigations")
@Produces(MediaType.APPLICATION_JSON)
public class RecoveryResource {

    @EJB
    private RecoveryService recoveries;

    @EJB
    private RecoveryWriteOffService writeOffs;


    @GET
    @Path("{caseNo}/recoveries")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    @Operation(summary = "A case's recovery: figures (determined, recovered = events + HR's pay claw-backs of its "
            + "decisions, irrecoverable, outstanding, rate), items, events with reversals, claw-backs, the write-off")
    public RecoveryDtos.CaseRecovery recoveries(@PathParam("caseNo") String caseNo) {
        return RecoveryDtos.CaseRecovery.of(recoveries.overview(caseNo));
    }

    @POST
    @Path("{caseNo}/recoveries")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    @Operation(summary = "Record a recovery of a loss item once the loss is determined, also after the case is "
            + "concluded (OFFICE or the case's team); PAY_CLAWBACK is refused: HR records it at the decision")
    @APIResponse(responseCode = "201", description = "Recorded; the case's recovery",
            content = @Content(schema = @Schema(implementation = RecoveryDtos.CaseRecovery.class)))
    public Response record(@PathParam("caseNo") String caseNo, RecoveryDtos.EventRequest r) {
        return Response.status(201).entity(RecoveryDtos.CaseRecovery.of(recoveries.record(caseNo, r.data()))).build();
    }

    @POST
    @Path("{caseNo}/recoveries/{id}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    @Operation(summary = "Reverse a recovery event with a reason: a negative event naming it; events are never "
            + "changed or deleted")
    @APIResponse(responseCode = "201", description = "Reversed; the case's recovery",
            content = @Content(schema = @Schema(implementation = RecoveryDtos.CaseRecovery.class)))
    public Response reverse(@PathParam("caseNo") String caseNo, @PathParam("id") long id, RecoveryDtos.ReversalRequest r) {
        return Response.status(201).entity(RecoveryDtos.CaseRecovery.of(recoveries.reverse(caseNo, id, r.reason()))).build();
    }

    @POST
    @Path("{caseNo}/recoveries/follow-up")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "The office's quarterly note on a concluded case's outstanding balance (takes it off this "
            + "quarter's to-do list)")
    public RecoveryDtos.CaseRecovery followUp(@PathParam("caseNo") String caseNo, RecoveryDtos.NoteRequest r) {
        return RecoveryDtos.CaseRecovery.of(writeOffs.followUp(caseNo, r.text(), r.version()));
    }

    @POST
    @Path("{caseNo}/recoveries/irrecoverable")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "Ask to write a concluded case's outstanding balance off as irrecoverable, with the reason "
            + "(LEADER approves)")
    public RecoveryDtos.CaseRecovery requestIrrecoverable(@PathParam("caseNo") String caseNo, RecoveryDtos.NoteRequest r) {
        return RecoveryDtos.CaseRecovery.of(writeOffs.requestIrrecoverable(caseNo, r.text(), r.version()));
    }

    @POST
    @Path("{caseNo}/recoveries/irrecoverable/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_LEADER)
    @Operation(summary = "Approve (approve=true) or refuse the pending write-off, with the opinion")
    public RecoveryDtos.CaseRecovery decideIrrecoverable(@PathParam("caseNo") String caseNo, RecoveryDtos.DecisionRequest r) {
        return RecoveryDtos.CaseRecovery.of(writeOffs.decideIrrecoverable(caseNo, r.approve(), r.opinion(), r.version()));
    }
}
