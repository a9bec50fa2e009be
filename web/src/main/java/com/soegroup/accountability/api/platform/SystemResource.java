package com.soegroup.accountability.api.platform;

import com.soegroup.accountability.api.ApiError;
import com.soegroup.accountability.api.ApiMessages;
import com.soegroup.accountability.api.ApiResponses;
import com.soegroup.accountability.platform.HealthService;
import com.soegroup.accountability.shared.ErrorCode;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Locale;

/**
 * {@code GET /system}: for administrators checking an installation or an upgrade. With the database unreachable it
 * says so (503 with the api.md body) rather than answering an empty 200.
 */
@Path("system")
@Produces(MediaType.APPLICATION_JSON)
public class SystemResource {

    @EJB
    private HealthService health;

    @Context
    private HttpHeaders headers;

    @GET
    @RolesAllowed(Role.R_ADMIN)
    @Operation(summary = "Schema version (ADMIN)")
    @APIResponse(responseCode = "200", description = "The schema version",
            content = @Content(schema = @Schema(implementation = PlatformDtos.SystemInfo.class)))
    @APIResponse(responseCode = "503", description = "The database cannot be reached",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response system() {
        if (!health.databaseReachable()) {
            Locale locale = ApiMessages.choose(headers.getAcceptableLanguages());
            return ApiResponses.error(503, ErrorCode.SERVICE_UNAVAILABLE, ApiMessages.text(locale, "error.databaseUnavailable"), null);
        }
        return Response.ok(new PlatformDtos.SystemInfo(health.schemaVersion())).build();
    }
}
