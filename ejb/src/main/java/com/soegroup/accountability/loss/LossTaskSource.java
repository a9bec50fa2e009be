package com.soegroup.accountability.loss;

import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.Task;
import com.soegroup.accountability.shared.TaskKind;
import com.soegroup.accountability.shared.TaskSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;

/**
 * The losses' open work: for the office, the cases whose level reached LARGER or MAJOR and that need their
 * one-event-one-report (一事一报告待报) until the case is concluded. The reporting area, when it tracks the
 * report's sending, takes this over.
 */
@Stateless
public class LossTaskSource implements TaskSource {

    static final int TITLE_CHARS = 60;

    @Inject
    private LossRepository losses;

    @Override
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<Task> tasks(Scope scope, LocalDate today) {
        if (!scope.has(Role.OFFICE)) {
            return List.of();
        }
        return losses.incidentReportsDue(scope, MAX_PER_KIND).stream()
                .map(r -> Task.due(TaskKind.INCIDENT_REPORT_DUE, r.caseNo(), Task.brief(r.title(), TITLE_CHARS), null, today,
                        "/investigation/investigation.xhtml?no=" + r.caseNo()))
                .toList();
    }
}
