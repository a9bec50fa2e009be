package com.soegroup.accountability.task;

import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import com.soegroup.accountability.shared.Task;
import com.soegroup.accountability.shared.TaskSource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The signed-in user's to-do list (待办), one source for the home page and {@code GET /me/tasks}: the open work
 * every area's {@link TaskSource} finds for the caller's scope and roles, in {@link TaskBoard}'s order. Reading it
 * writes nothing: the list names records, and opening one is the read the audit trail records.
 */
@Stateless
@DenyAll
public class TaskService {

    @EJB
    private ScopeService scopes;

    @Inject
    @Any
    private Instance<TaskSource> sources;

    @Inject
    private Clock clock;

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<Task> mine() {
        Scope scope = scopes.current();
        LocalDate today = LocalDate.now(clock);
        List<Task> all = new ArrayList<>();
        for (TaskSource source : sources) {
            all.addAll(source.tasks(scope, today));
        }
        return TaskBoard.sorted(all);
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<TaskGroup> myGroups() {
        return TaskBoard.groups(mine());
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<TaskCount> mySummary() {
        return TaskBoard.counts(mine());
    }

    /** Today in the application's zone: the day the list's "overdue" is counted from. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
