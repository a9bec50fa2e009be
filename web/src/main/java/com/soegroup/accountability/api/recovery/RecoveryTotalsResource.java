package com.soegroup.accountability.api.recovery;

import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.recovery.RecoveryTotalsService;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /recoveries}: the recovery totals of an enterprise subtree in a year (statistics, the annual report). */
@Path("recoveries")
@Produces(MediaType.APPLICATION_JSON)
public class RecoveryTotalsResource {

    @EJB
    private RecoveryTotalsService totals;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    @Operation(summary = "Recovery totals of an enterprise subtree (default: the caller's home enterprise; 404 outside "
            + "the scope) in a year (default: this year): determined, recovered by method, irrecoverable, outstanding at "
            + "the year's end")
    public RecoveryDtos.Totals totals(@QueryParam("year") String year, @QueryParam("enterprise") String enterprise) {
        return RecoveryDtos.Totals.of(totals.totals(ApiValues.integer("year", year), enterprise));
    }
}
