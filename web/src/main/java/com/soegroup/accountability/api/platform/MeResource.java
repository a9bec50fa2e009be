package com.soegroup.accountability.api.platform;

import com.soegroup.accountability.shared.Caller;
import com.soegroup.accountability.shared.CallerService;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /me}: who the caller is to this application. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @EJB
    private CallerService callers;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "The signed-in user, their roles and home enterprise (any role)")
    public PlatformDtos.Me me() {
        Caller caller = callers.current();
        return new PlatformDtos.Me(caller.userId(), caller.displayName(),
                caller.roles().stream().sorted().map(Role::name).toList(), caller.homeEnterprise());
    }
}
