package com.soegroup.accountability.api.org;

import com.soegroup.accountability.org.ScopeOverride;
import com.soegroup.accountability.org.UserScopeService;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;

/**
 * ADMIN's per-user data scope settings under {@code /scopes}: a home enterprise replacing the directory's
 * and extra grants, in force from the user's next request. The caller's own scope: {@link MyScopeResource}.
 */
@Path("scopes")
@Produces(MediaType.APPLICATION_JSON)
public class ScopeResource {

    @JsonbNillable
    public record UserScope(String user, String homeEnterprise, String homeEnterpriseName, List<String> grants, String note,
                            String updatedBy, Instant updatedAt, int version) {
        static UserScope of(ScopeOverride o) {
            return new UserScope(o.userId(), o.homeEnterprise(), o.homeEnterpriseName(), o.grants(), o.note(),
                    o.updatedBy(), o.updatedAt(), o.version());
        }
    }

    public record UserScopeRequest(String homeEnterprise, List<String> grants, String note, Integer version) {
    }

    @EJB
    private UserScopeService scopes;

    @GET
    @RolesAllowed(Role.R_ADMIN)
    public List<UserScope> list() {
        return scopes.overrides().stream().map(UserScope::of).toList();
    }

    @GET
    @Path("{user}")
    @RolesAllowed(Role.R_ADMIN)
    public UserScope get(@PathParam("user") String user) {
        return UserScope.of(scopes.override(user));
    }

    @PUT
    @Path("{user}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_ADMIN)
    public UserScope put(@PathParam("user") String user, UserScopeRequest request) {
        if (request == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        return UserScope.of(scopes.save(user, request.homeEnterprise(), request.grants(), request.note(), request.version()));
    }

    @DELETE
    @Path("{user}")
    @RolesAllowed(Role.R_ADMIN)
    public Response delete(@PathParam("user") String user) {
        scopes.remove(user);
        return Response.noContent().build();
    }
}
