package com.soegroup.accountability.duty;

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
 * The duty records' open work: the drafts not yet confirmed, for who may confirm them — LIAISON those of their own
 * enterprise, OFFICE those of the scope. A draft is not evidence until confirmed, so it stays on the list until the
 * confirmation takes it off.
 */
@Stateless
public class DutyTaskSource implements TaskSource {

    static final String PAGE = "/duty/record.xhtml?no=";

    @Inject
    private DutyRecordRepository records;

    @Override
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<Task> tasks(Scope scope, LocalDate today) {
        if (!scope.hasAny(Role.OFFICE, Role.LIAISON)) {
            return List.of();
        }
        boolean wholeScope = scope.has(Role.OFFICE);
        return records.drafts(scope, MAX_PER_KIND).stream()
                .filter(d -> wholeScope || d.enterprise().code().equals(scope.homeEnterprise()))
                .map(d -> Task.due(TaskKind.DUTY_RECORD_TO_CONFIRM, d.recordNo(), d.enterprise().fullName() + " · "
                        + Task.brief(d.matter(), 40), null, today, PAGE + d.recordNo()))
                .toList();
    }
}
