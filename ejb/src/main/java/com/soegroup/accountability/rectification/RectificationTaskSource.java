package com.soegroup.accountability.rectification;

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
import java.util.List;

/**
 * The rectification tasks' open work: for LIAISON the open or sent-back tasks of their enterprise (待提交整改材料),
 * for OFFICE the submissions to verify and the tasks past their deadline, for LEADER the extension requests. Each
 * leaves the list with the step that does it: the submission, the verification, LEADER's answer.
 */
@Stateless
public class RectificationTaskSource implements TaskSource {

    static final int TITLE_CHARS = 40;

    @Inject
    private RectificationRepository rectifications;

    @Override
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<Task> tasks(Scope scope, LocalDate today) {
        List<Task> tasks = new ArrayList<>();
        if (scope.has(Role.LIAISON)) {
            rectifications.inStatus(scope, RectificationStatus.OPEN, MAX_PER_KIND)
                    .forEach(r -> tasks.add(task(TaskKind.RECTIFICATION_TO_SUBMIT, r, r.deadline(), today)));
        }
        if (scope.has(Role.OFFICE)) {
            rectifications.inStatus(scope, RectificationStatus.SUBMITTED, MAX_PER_KIND)
                    .forEach(r -> tasks.add(task(TaskKind.RECTIFICATION_TO_VERIFY, r, null, today)));
            rectifications.overdue(scope, today, MAX_PER_KIND)
                    .forEach(r -> tasks.add(task(TaskKind.RECTIFICATION_OVERDUE, r, r.deadline(), today)));
        }
        if (scope.has(Role.LEADER)) {
            rectifications.pendingExtensions(scope, MAX_PER_KIND)
                    .forEach(x -> tasks.add(task(TaskKind.RECTIFICATION_EXTENSION, x.rectification(), null, today)));
        }
        return tasks;
    }

    private static Task task(TaskKind kind, Rectification r, LocalDate due, LocalDate today) {
        return Task.due(kind, r.rectificationNo(), r.owner().fullName() + " · " + Task.brief(r.requirement(), TITLE_CHARS),
                due, today, "/rectification/task.xhtml?no=" + r.rectificationNo());
    }
}
