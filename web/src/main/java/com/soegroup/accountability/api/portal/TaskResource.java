package com.soegroup.accountability.api.portal;

import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Task;
import com.soegroup.accountability.task.TaskBoard;
import com.soegroup.accountability.task.TaskService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * {@code GET /me/tasks} (api.md "Portal"): the signed-in user's open work with links into the UI, overdue first,
 * the same list as the home page's; {@code GET /me/tasks/summary}: its counts per kind, for the intranet portal's
 * badge.
 */
@Path("me/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    @EJB
    private TaskService tasks;

    @Context
    private HttpServletRequest request;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "The signed-in user's open work (items due, overdue, awaiting approval) with links into the UI, overdue first")
    public List<PortalDtos.Task> tasks() {
        String context = request.getContextPath();
        return tasks.mine().stream().map(t -> dto(t, context)).toList();
    }

    @GET
    @Path("summary")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "How much open work the signed-in user has: in all, overdue, and per kind (for a portal's badge)")
    public PortalDtos.TaskSummary summary() {
        List<Task> mine = tasks.mine();
        List<PortalDtos.KindCount> kinds = TaskBoard.counts(mine).stream().map(PortalDtos.KindCount::of).toList();
        return new PortalDtos.TaskSummary(mine.size(), (int) mine.stream().filter(Task::overdue).count(), kinds);
    }

    private static PortalDtos.Task dto(Task t, String contextPath) {
        return new PortalDtos.Task(t.kind().name(), t.object(), t.title(), t.due(), t.overdue(), contextPath + t.page());
    }
}
