package com.soegroup.accountability.api.effect;

import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.effect.EffectService;
import com.soegroup.accountability.effect.PersonEligibility;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.util.List;

/**
 * api.md "HR": promotion eligibility of one person, or of a list in one call. The date defaults to today
 * (China); a person unknown or outside the caller's scope is 404, in a list a "not found" line.
 */
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityResource {

    @EJB
    private EffectService effects;

    @GET
    @Path("{employeeNo}/promotion-eligibility")
    @RolesAllowed({Role.R_HR, Role.R_OFFICE, Role.R_LEADER})
    @Operation(summary = "Promotion eligibility of a person on a date from every decision with effects and disciplinary "
            + "period (HR, OFFICE, LEADER); 404 when unknown or outside the caller's scope; the read is logged")
    public EffectDtos.EligibilityAnswer one(@PathParam("employeeNo") String employeeNo, @QueryParam("date") String date) {
        return EffectDtos.EligibilityAnswer.of(effects.eligibility(employeeNo, ApiValues.date("date", date)));
    }

    @POST
    @Path("promotion-eligibility")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_HR, Role.R_OFFICE, Role.R_LEADER})
    @Operation(summary = "Promotion eligibility of up to 10,000 people in one call, answered in input order (duplicates "
            + "answered each time; unknown or out-of-scope numbers are \"not found\" lines) (HR, OFFICE, LEADER); one "
            + "audit entry per call")
    public EffectDtos.ListAnswer list(EffectDtos.ListRequest request) {
        LocalDate on = request.date() == null ? effects.today() : request.date();
        List<PersonEligibility> answers = effects.eligibility(request.employeeNos(), on);
        return new EffectDtos.ListAnswer(on.toString(), answers.stream().map(EffectDtos.ListEntry::of).toList());
    }
}
