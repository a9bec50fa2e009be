package com.soegroup.accountability.inspection;

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
 * The campaigns' open work: for LIAISON their enterprise's sheets to answer (open or sent back) of running
 * campaigns, for OFFICE the submitted sheets to review and the sheets past the due date. Each leaves the list with
 * the step that does it: the submission, the review.
 */
@Stateless
public class CampaignTaskSource implements TaskSource {

    static final String PAGE = "/inspection/sheet.xhtml?no=";

    @Inject
    private CampaignRepository campaigns;

    @Override
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<Task> tasks(Scope scope, LocalDate today) {
        List<Task> tasks = new ArrayList<>();
        if (scope.has(Role.LIAISON)) {
            Scope own = scope;
            campaigns.sheetsIn(scope, EnumSet.of(SheetStatus.OPEN, SheetStatus.RETURNED), true, MAX_PER_KIND).stream()
                    .filter(s -> s.enterprise().code().equals(own.homeEnterprise()))
                    .forEach(s -> tasks.add(task(TaskKind.CAMPAIGN_TO_ANSWER, s, s.campaign().dueDate(), today)));
        }
        if (scope.has(Role.OFFICE)) {
            campaigns.sheetsIn(scope, EnumSet.of(SheetStatus.SUBMITTED), false, MAX_PER_KIND)
                    .forEach(s -> tasks.add(task(TaskKind.CAMPAIGN_TO_REVIEW, s, null, today)));
            campaigns.overdue(scope, today, MAX_PER_KIND)
                    .forEach(s -> tasks.add(task(TaskKind.CAMPAIGN_OVERDUE, s, s.campaign().dueDate(), today)));
        }
        return tasks;
    }

    private static Task task(TaskKind kind, AnswerSheet s, LocalDate due, LocalDate today) {
        Campaign c = s.campaign();
        return Task.due(kind, c.campaignNo(), s.enterprise().fullName() + " · " + Task.brief(c.title(), 40), due, today,
                PAGE + c.campaignNo() + "&enterprise=" + s.enterprise().code());
    }
}
