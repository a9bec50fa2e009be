package com.soegroup.accountability.api.platform;

import com.soegroup.accountability.platform.HealthService;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /system}: for administrators checking an installation or an upgrade. */
@Path("system")
@Produces(MediaType.APPLICATION_JSON)
public class SystemResource {

    @EJB
    private HealthService health;

    @GET
    @RolesAllowed(Role.R_ADMIN)
    @Operation(summary = "Schema version (ADMIN)")
    public PlatformDtos.SystemInfo system() {
        return new PlatformDtos.SystemInfo(health.schemaVersion());
    }
}
