package com.soegroup.accountability.api.rule;

import com.soegroup.accountability.ruleset.CircumstanceService;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /rules/circumstances}: the circumstance catalogue of the rule set in force today, the one a clue or a
 * finding is classified in (a set's own is {@code /rules/sets/{code}/circumstances}).
 */
@Path("rules/circumstances")
@Produces(MediaType.APPLICATION_JSON)
public class CircumstanceResource {

    @EJB
    private CircumstanceService circumstances;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "The circumstances (违规情形) of the rule set in force today; 422 when it lists none")
    public CircumstanceDtos.Catalogue inForce() {
        return CircumstanceDtos.Catalogue.of(circumstances.catalogue(null));
    }
}
