package com.soegroup.accountability.api.calendar;

import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.calendar.CalendarService;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;

/**
 * {@code /calendar/deadline?from=&workingDays=}: the day a period of working days ends, counted as every deadline of
 * the application is (holidays skipped, weekend days worked counted).
 */
@Path("calendar/deadline")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineResource {

    @EJB
    private CalendarService calendar;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "The day N working days after a date (0: the date itself, or the next working day)")
    public CalendarDtos.Deadline get(@QueryParam("from") String from, @QueryParam("workingDays") String workingDays) {
        LocalDate start = ApiValues.date("from", from);
        if (workingDays == null || workingDays.isBlank()) {
            throw AccountabilityException.invalid("workingDays", "field.required");
        }
        int days;
        try {
            days = Integer.parseInt(workingDays.strip());
        } catch (NumberFormatException e) {
            throw AccountabilityException.invalid("workingDays", "input.integer");
        }
        return new CalendarDtos.Deadline(start, days, calendar.deadline(start, days));
    }
}
