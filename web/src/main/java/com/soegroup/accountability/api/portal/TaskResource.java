package com.soegroup.accountability.api.portal;

import com.soegroup.accountability.clue.ClueService;
import com.soegroup.accountability.clue.ClueTask;
import com.soegroup.accountability.decision.DecisionService;
import com.soegroup.accountability.decision.DecisionTask;
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
 * {@code GET /me/tasks} (api.md "Portal"): the signed-in user's open work with links into the UI: clues, then
 * decisions.
 */
@Path("me/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    public record Task(String kind, String object, String title, LocalDate due, boolean overdue, String link) {
        static Task of(DecisionTask t) {
            return new Task(t.kind().name(), t.decisionNo(), t.decisionNo() + " " + t.name(), t.since(), false,
                    "/accountability/decision/decision.xhtml?no=" + t.decisionNo());
        }

        static Task of(ClueTask t) {
            return new Task(t.kind(), t.ledgerNo(), t.enterpriseCode() + " " + t.summary(), t.due(), t.overdue(),
                    "/accountability/clue/detail.xhtml?no=" + t.ledgerNo());
        }
    }

    @EJB
    private ClueService clues;

    @EJB
    private DecisionService decisions;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<Task> tasks() {
        List<Task> tasks = new java.util.ArrayList<>(clues.tasks().stream().map(Task::of).toList());
        decisions.tasks().stream().map(Task::of).forEach(tasks::add);
        return tasks;
    }
}
