package com.soegroup.accountability.annual;

import com.soegroup.accountability.org.Enterprise;
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
import java.util.Optional;

/**
 * The annual reports' open work: OFFICE writes last year's report from January 1 until it is submitted (年度报告待编制,
 * due on the setting's day, one line per enterprise of its scope's roots, and every earlier draft); LEADER approves
 * the submitted ones (年度报告待审批).
 */
@Stateless
public class AnnualTaskSource implements TaskSource {

    static final String PAGE = "/annual/report.xhtml?no=";
    static final String NEW_PAGE = "/annual/reports.xhtml?year=";

    @Inject
    private AnnualRepository reports;

    @Inject
    private AnnualAccess access;

    @Override
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<Task> tasks(Scope scope, LocalDate today) {
        List<Task> tasks = new ArrayList<>();
        if (scope.has(Role.OFFICE)) {
            int lastYear = today.getYear() - 1;
            for (AnnualReport r : reports.list(scope, null, EnumSet.of(AnnualState.DRAFT), MAX_PER_KIND)) {
                if (r.year() <= lastYear) {
                    tasks.add(task(TaskKind.ANNUAL_REPORT_DUE, r, today));
                }
            }
            for (String code : scope.rootCodes()) {
                Optional<Enterprise> e = reports.enterprise(scope, code);
                if (e.isPresent() && reports.byYear(e.get(), lastYear).isEmpty()) {
                    tasks.add(Task.due(TaskKind.ANNUAL_REPORT_DUE, code + "-" + lastYear,
                            Task.brief(access.enterpriseName(code, e.get().fullName()) + " " + lastYear, 60), access.due(lastYear), today,
                            NEW_PAGE + lastYear + "&enterprise=" + code));
                }
            }
        }
        if (scope.has(Role.LEADER)) {
            for (AnnualReport r : reports.list(scope, null, EnumSet.of(AnnualState.SUBMITTED), MAX_PER_KIND)) {
                tasks.add(new Task(TaskKind.ANNUAL_REPORT_TO_APPROVE, r.reportNo(), title(r), null, false, PAGE + r.reportNo()));
            }
        }
        return tasks;
    }

    private Task task(TaskKind kind, AnnualReport r, LocalDate today) {
        return Task.due(kind, r.reportNo(), title(r), access.due(r.year()), today, PAGE + r.reportNo());
    }

    private String title(AnnualReport r) {
        return Task.brief(access.enterpriseName(r.enterprise().code(), r.enterprise().fullName()) + " " + r.year(), 60);
    }
}
