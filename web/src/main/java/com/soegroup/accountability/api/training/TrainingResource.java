package com.soegroup.accountability.api.training;

import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.training.TrainingDetail;
import com.soegroup.accountability.training.TrainingFilter;
import com.soegroup.accountability.training.TrainingService;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /trainings}: training records (业务培训) of organiser enterprises within the caller's scope. OFFICE records
 * for any enterprise of its scope, LIAISON for their own; OFFICE, LEADER, LIAISON and AUDITOR read.
 */
@Path("trainings")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingResource {

    @EJB
    private TrainingService trainings;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    @Operation(summary = "Trainings of the scope, newest first; filters enterprise (organiser subtree), from, to "
            + "(held, inclusive), q (course); paged")
    public TrainingDtos.Page list(@QueryParam("enterprise") String enterprise, @QueryParam("from") String from,
                                  @QueryParam("to") String to, @QueryParam("q") String text,
                                  @QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue("50") int size) {
        ApiValues.checkPaging(page, size, 500);
        TrainingFilter filter = new TrainingFilter(enterprise, ApiValues.date("from", from), ApiValues.date("to", to), text);
        return TrainingDtos.Page.of(trainings.list(filter, page * size, size), page, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    @Operation(summary = "Record a training {course, organiser, heldOn (not in the future), hours, participants "
            + "(employee numbers), externalParticipants, materials}")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = TrainingDtos.Detail.class)))
    public Response create(TrainingDtos.CreateRequest r, @Context UriInfo uri) {
        TrainingDetail created = trainings.record(r.data());
        return Response.created(uri.getAbsolutePathBuilder().path(created.summary().trainingNo()).build())
                .entity(TrainingDtos.Detail.of(created)).build();
    }

    @GET
    @Path("{trainingNo}")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    @Operation(summary = "A training with its participants")
    public TrainingDtos.Detail get(@PathParam("trainingNo") String no) {
        return TrainingDtos.Detail.of(trainings.detail(no));
    }
}
