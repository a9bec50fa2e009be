package com.soegroup.accountability.circular;

import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.Task;
import com.soegroup.accountability.shared.TaskKind;
import com.soegroup.accountability.shared.TaskSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The circulars' open work: LEADER approves the submitted ones (通报待审批), OFFICE publishes the approved ones
 * (通报待发布). No rule sets a deadline for either.
 */
@Stateless
public class CircularTaskSource implements TaskSource {

    static final String PAGE = "/circular/circular.xhtml?no=";

    @Inject
    private CircularRepository circulars;

    @Override
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<Task> tasks(Scope scope, LocalDate today) {
        List<Task> tasks = new ArrayList<>();
        if (scope.has(Role.LEADER)) {
            tasks.addAll(tasks(TaskKind.CIRCULAR_TO_APPROVE, circulars.inStates(scope, EnumSet.of(CircularState.SUBMITTED), MAX_PER_KIND), today));
        }
        if (scope.has(Role.OFFICE)) {
            tasks.addAll(tasks(TaskKind.CIRCULAR_TO_PUBLISH, circulars.inStates(scope, EnumSet.of(CircularState.APPROVED), MAX_PER_KIND), today));
        }
        return tasks;
    }

    private static List<Task> tasks(TaskKind kind, List<Circular> rows, LocalDate today) {
        return rows.stream().map(c -> Task.due(kind, c.circularNo(), Task.brief(c.title(), 60), null, today, PAGE + c.circularNo())).toList();
    }
}
