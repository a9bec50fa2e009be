package com.soegroup.accountability.calendar;

import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.Task;
import com.soegroup.accountability.shared.TaskKind;
import com.soegroup.accountability.shared.TaskSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ADMIN's warning that a year has no working-day calendar, so its deadlines count Monday to Friday and miss the
 * holidays: this year at any time, next year from December, when the State Council has published its
 * arrangements (each November) and deadlines begin to reach into it. Due on the year's first day.
 */
@Stateless
public class CalendarTaskSource implements TaskSource {

    @Inject
    private CalendarRepository repository;

    @Override
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<Task> tasks(Scope scope, LocalDate today) {
        List<Task> tasks = new ArrayList<>();
        if (!scope.has(Role.ADMIN)) {
            return tasks;
        }
        Set<Integer> kept = new HashSet<>(repository.keptYears());
        int last = today.getMonth() == Month.DECEMBER ? today.getYear() + 1 : today.getYear();
        for (int year = today.getYear(); year <= last; year++) {
            if (!kept.contains(year)) {
                tasks.add(Task.due(TaskKind.CALENDAR_MISSING, String.valueOf(year), String.valueOf(year),
                        LocalDate.of(year, 1, 1), today, "/calendar/calendar.xhtml?year=" + year));
            }
        }
        return tasks;
    }
}
