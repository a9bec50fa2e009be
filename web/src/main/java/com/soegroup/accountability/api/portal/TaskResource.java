package com.soegroup.accountability.api.portal;

import com.soegroup.accountability.clue.ClueService;
import com.soegroup.accountability.clue.ClueTask;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /me/tasks} (api.md "Portal"): the signed-in user's open work with links into the UI. Clues for
 * now; the later areas add their own items here.
 */
@Path("me/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    public record Task(String kind, String object, String title, LocalDate due, boolean overdue, String link) {
        static Task of(ClueTask t) {
            return new Task(t.kind(), t.ledgerNo(), t.enterpriseCode() + " " + t.summary(), t.due(), t.overdue(),
                    "/accountability/clue/detail.xhtml?no=" + t.ledgerNo());
        }
    }

    @EJB
    private ClueService clues;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<Task> tasks() {
        return clues.tasks().stream().map(Task::of).toList();
    }
}
