package com.soegroup.accountability.api.org;

import com.soegroup.accountability.org.EffectiveScope;
import com.soegroup.accountability.org.UserScopeService;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * {@code GET /me/scope}: the caller's data scope as it is in force now — the home enterprise (directory or
 * ADMIN's override), the enterprises whose subtrees they see and the person linked to their user id.
 */
@Path("me/scope")
@Produces(MediaType.APPLICATION_JSON)
public class MyScopeResource {

    @JsonbNillable
    public record MyScope(String user, String homeEnterprise, List<String> roots, String employeeNo, boolean overridden) {
    }

    @EJB
    private UserScopeService scopes;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public MyScope mine() {
        EffectiveScope s = scopes.mine();
        return new MyScope(s.userId(), s.homeEnterprise(), s.roots(), s.employeeNo(), s.overridden());
    }
}
