package com.soegroup.accountability.api.org;

import com.soegroup.accountability.org.UserScopeService;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/**
 * ADMIN's per-user data scope settings under {@code /scopes}: a home enterprise replacing the directory's
 * and extra grants, in force from the user's next request. The caller's own scope: {@link MyScopeResource}.
 */
@Path("scopes")
@Produces(MediaType.APPLICATION_JSON)
public class ScopeResource {

    @EJB
    private UserScopeService scopes;

    @GET
    @RolesAllowed(Role.R_ADMIN)
    @Operation(summary = "Users' scope overrides and grants (ADMIN)")
    public List<OrgDtos.UserScope> list() {
        return scopes.overrides().stream().map(OrgDtos.UserScope::of).toList();
    }

    @GET
    @Path("{user}")
    @RolesAllowed(Role.R_ADMIN)
    @Operation(summary = "One user's scope override (ADMIN)")
    public OrgDtos.UserScope get(@PathParam("user") String user) {
        return OrgDtos.UserScope.of(scopes.override(user));
    }

    @PUT
    @Path("{user}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_ADMIN)
    @Operation(summary = "Override a user's home enterprise and grant extra subtrees (ADMIN); effective on the next request")
    public OrgDtos.UserScope put(@PathParam("user") String user, OrgDtos.UserScopeRequest request) {
        return OrgDtos.UserScope.of(scopes.save(user, request.homeEnterprise(), request.grants(), request.note(),
                request.version()));
    }

    @DELETE
    @Path("{user}")
    @RolesAllowed(Role.R_ADMIN)
    @Operation(summary = "Remove a user's override (ADMIN)")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("user") String user) {
        scopes.remove(user);
        return Response.noContent().build();
    }
}
