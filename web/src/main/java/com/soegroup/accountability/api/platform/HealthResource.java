package com.soegroup.accountability.api.platform;

import com.soegroup.accountability.platform.HealthService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

/** {@code GET /health}: UP when the database answers, 503 DOWN otherwise; nothing else is revealed. */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @EJB
    private HealthService health;

    @GET
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "UP when the database answers (no sign-in)")
    @APIResponse(responseCode = "200", description = "UP",
            content = @Content(schema = @Schema(implementation = PlatformDtos.Health.class)))
    @APIResponse(responseCode = "503", description = "DOWN",
            content = @Content(schema = @Schema(implementation = PlatformDtos.Health.class)))
    public Response health() {
        return health.databaseReachable()
                ? Response.ok(new PlatformDtos.Health("UP")).build()
                : Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(new PlatformDtos.Health("DOWN")).build();
    }
}
