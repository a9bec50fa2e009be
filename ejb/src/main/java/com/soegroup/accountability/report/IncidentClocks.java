package com.soegroup.accountability.report;

import com.soegroup.accountability.rule.set.ReportingClocks;
import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.ruleset.RuleSetCatalog;
import com.soegroup.accountability.shared.WorkingDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The deadlines of a one-event-one-report: working days (through {@link WorkingDays}, hence the holiday calendar)
 * from the day the matter was found or received, as many as the rule set in force sets for each stage; the
 * preliminary-check report's approved extension added. Progress reports have no clock of their own.
 */
@ApplicationScoped
public class IncidentClocks {

    @Inject
    private RuleSetCatalog catalog;

    @Inject
    private WorkingDays workingDays;

    /** The clocks of the set in force today for the report's enterprise and its name; empty when that set sets none. */
    public Optional<IncidentRules> rules(IncidentReport report, LocalDate today) {
        Optional<RuleSet> set = catalog.inForceFor(report.enterprise().path(), today);
        return set.filter(s -> s.reporting() != null).map(s -> new IncidentRules(s.code(), s.title(), s.reporting()));
    }

    /** The stage's deadline, or null for a progress report or without clocks. */
    public LocalDate due(IncidentReport report, IncidentKind kind, ReportingClocks clocks) {
        if (clocks == null) {
            return null;
        }
        return switch (kind) {
            case FLASH -> workingDays.plusWorkingDays(report.foundOn(), clocks.flashDays());
            case REAL_TIME -> workingDays.plusWorkingDays(report.foundOn(), clocks.realTimeDays());
            case PRELIMINARY -> workingDays.plusWorkingDays(report.foundOn(), clocks.preliminaryDays() + report.grantedExtensionDays());
            case PROGRESS -> null;
        };
    }

    /** Working days past the deadline on {@code day}; 0 on time or without a deadline. */
    public int daysLate(LocalDate due, LocalDate day) {
        return due == null || !day.isAfter(due) ? 0 : Math.max(0, workingDays.between(due, day));
    }
}
