package com.soegroup.accountability.recovery;

import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.Task;
import com.soegroup.accountability.shared.TaskKind;
import com.soegroup.accountability.shared.TaskSource;
import com.soegroup.accountability.shared.WorkingDays;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The recovery's open work. OFFICE: every quarter, each concluded case with a balance still to recover that nobody
 * followed up since the quarter began (an event or a follow-up note), from the quarter after its conclusion until
 * LEADER approves writing it off; due on the last working day of the quarter after the one of the last follow-up
 * (or of the conclusion), so a case left for a whole quarter shows overdue. LEADER: the write-offs waiting for approval.
 */
@Stateless
public class RecoveryTaskSource implements TaskSource {

    private static final int TITLE_CHARS = 60;

    @Inject
    private RecoveryRepository recoveries;

    @Inject
    private WorkingDays workingDays;

    @Override
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<Task> tasks(Scope scope, LocalDate today) {
        List<Task> tasks = new ArrayList<>();
        if (scope.has(Role.OFFICE)) {
            for (FollowUpDue due : recoveries.followUpsDue(scope, Quarters.start(today), MAX_PER_KIND)) {
                LocalDate deadline = Quarters.followUpDue(due.lastDone(), workingDays);
                tasks.add(Task.due(TaskKind.RECOVERY_FOLLOW_UP, due.caseNo(), Task.brief(due.title(), TITLE_CHARS), deadline,
                        today, page(due.caseNo())));
            }
        }
        if (scope.has(Role.LEADER)) {
            for (Object[] row : recoveries.irrecoverablePending(scope, MAX_PER_KIND)) {
                tasks.add(Task.due(TaskKind.IRRECOVERABLE_AWAITING_APPROVAL, (String) row[0],
                        Task.brief((String) row[1], TITLE_CHARS), null, today, page((String) row[0])));
            }
        }
        return tasks;
    }

    private static String page(String caseNo) {
        return "/recovery/recovery.xhtml?no=" + caseNo;
    }
}
