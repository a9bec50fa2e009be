package com.soegroup.accountability.api.portal;

import com.soegroup.accountability.clue.ClueService;
import com.soegroup.accountability.decision.DecisionService;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /me/tasks} (api.md "Portal"): the signed-in user's open work with links into the UI: clues, then
 * decisions.
 */
@Path("me/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    @EJB
    private ClueService clues;

    @EJB
    private DecisionService decisions;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "The signed-in user's open work (items due, overdue, awaiting approval) with links into the UI")
    public List<PortalDtos.Task> tasks() {
        List<PortalDtos.Task> tasks = new ArrayList<>(clues.tasks().stream().map(PortalDtos.Task::of).toList());
        decisions.tasks().stream().map(PortalDtos.Task::of).forEach(tasks::add);
        return tasks;
    }
}
