package com.soegroup.accountability.api.platform;

import com.soegroup.accountability.platform.HealthService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /health}: UP when the database answers, 503 DOWN otherwise; nothing else is revealed. */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    public record Health(String status) {
    }

    @EJB
    private HealthService health;

    @GET
    @PermitAll
    public Response health() {
        return health.databaseReachable()
                ? Response.ok(new Health("UP")).build()
                : Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(new Health("DOWN")).build();
    }
}
