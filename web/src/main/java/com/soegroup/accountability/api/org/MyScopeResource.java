package com.soegroup.accountability.api.org;

import com.soegroup.accountability.org.UserScopeService;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /me/scope}: the caller's data scope as it is in force now — the home enterprise (directory or
 * ADMIN's override), the enterprises whose subtrees they see and the person linked to their user id.
 */
@Path("me/scope")
@Produces(MediaType.APPLICATION_JSON)
public class MyScopeResource {

    @EJB
    private UserScopeService scopes;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "The caller's effective data scope (home enterprise, grants)")
    public OrgDtos.MyScope mine() {
        return OrgDtos.MyScope.of(scopes.mine());
    }
}
