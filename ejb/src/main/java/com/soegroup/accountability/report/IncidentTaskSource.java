package com.soegroup.accountability.report;

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
 * The one-event-one-reports' open work until sent: OFFICE drafts and sends (一事一报告待报, with the stage's
 * deadline), LEADER approves the texts and the extensions. A report whose last stage went out leaves the lists.
 */
@Stateless
public class IncidentTaskSource implements TaskSource {

    static final String PAGE = "/report/incident/report.xhtml?no=";

    @Inject
    private IncidentRepository reports;

    @Inject
    private IncidentAccess access;

    @Override
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<Task> tasks(Scope scope, LocalDate today) {
        List<Task> tasks = new ArrayList<>();
        if (scope.has(Role.OFFICE)) {
            tasks.addAll(tasks(TaskKind.INCIDENT_REPORT_DUE,
                    reports.inStates(scope, EnumSet.of(IncidentState.DRAFTING, IncidentState.APPROVED), false, MAX_PER_KIND), today));
        }
        if (scope.has(Role.LEADER)) {
            tasks.addAll(tasks(TaskKind.INCIDENT_REPORT_TO_APPROVE,
                    reports.inStates(scope, EnumSet.of(IncidentState.AWAITING_APPROVAL), false, MAX_PER_KIND), today));
            tasks.addAll(tasks(TaskKind.INCIDENT_EXTENSION_TO_APPROVE, reports.inStates(scope, List.of(), true, MAX_PER_KIND), today));
        }
        return tasks;
    }

    private List<Task> tasks(TaskKind kind, List<IncidentRepository.Row> rows, LocalDate today) {
        return access.summaries(rows, today).stream()
                .map(s -> Task.due(kind, s.reportNo(), Task.brief(s.enterpriseName() + " " + (s.title() == null ? "" : s.title()), 60),
                        s.dueOn(), today, PAGE + s.reportNo()))
                .toList();
    }
}
