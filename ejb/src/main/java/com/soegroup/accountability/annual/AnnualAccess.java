package com.soegroup.accountability.annual;

import com.soegroup.accountability.org.DisplayNames;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.Settings;
import com.soegroup.accountability.shared.WorkingDays;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the annual report services share: a report in scope, its row, its due day, its history. */
@ApplicationScoped
class AnnualAccess {

    @Inject
    private AnnualRepository reports;

    @Inject
    private WorkingDays workingDays;

    @EJB
    private DisplayNames names;

    @Inject
    private Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    AnnualReport report(Scope scope, String reportNo) {
        String no = Inputs.strip(reportNo);
        if (no == null || no.length() > 40) {
            throw AccountabilityException.notFound();
        }
        return reports.byNo(scope, no).orElseThrow(AccountabilityException::notFound);
    }

    /** The report at the version the caller read; a stale version is refused and nothing changes. */
    AnnualReport current(Scope scope, String reportNo, Integer version) {
        AnnualReport report = report(scope, reportNo);
        Inputs.version(version, report.version());
        return report;
    }

    /**
     * The day the report of {@code year} is due: the setting's day of the next year, moved to the next working day
     * when it falls on a weekend or holiday (a period's last day, Civil Code art. 203).
     */
    LocalDate due(int year) {
        LocalDate day = Settings.annualReportDue().atYear(year + 1);
        int guard = 0;
        while (!workingDays.isWorkingDay(day) && guard++ < 30) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Working days late on {@code today} for a deadline (0 when not late). */
    int daysLate(LocalDate due, LocalDate today) {
        return due == null || !today.isAfter(due) ? 0 : Math.max(1, workingDays.between(due, today));
    }

    List<AnnualSummary> summaries(List<AnnualReport> rows) {
        Map<String, String> enterprises = names.enterprises(rows.stream().map(r -> r.enterprise().code()).distinct().toList());
        LocalDate today = today();
        List<AnnualSummary> out = new ArrayList<>(rows.size());
        for (AnnualReport r : rows) {
            out.add(summary(r, enterprises.getOrDefault(r.enterprise().code(), r.enterprise().fullName()), today));
        }
        return out;
    }

    AnnualSummary summary(AnnualReport r) {
        return summaries(List.of(r)).get(0);
    }

    private AnnualSummary summary(AnnualReport r, String enterpriseName, LocalDate today) {
        LocalDate due = r.state() == AnnualState.DRAFT ? due(r.year()) : null;
        return new AnnualSummary(r.reportNo(), r.year(), r.enterprise().code(), enterpriseName, r.state(), due, daysLate(due, today));
    }

    void history(Scope scope, AnnualReport report, AnnualHistory.Action action, AnnualState from, AnnualState to, String reason,
                 String details) {
        reports.persist(new AnnualHistory(report.id(), clock.instant(), scope.userId(), action, from, to, reason, details));
    }

    String enterpriseName(String code, String fallback) {
        return names.enterprises(List.of(code)).getOrDefault(code, fallback);
    }

    String enterpriseFullName(String code, String fallback) {
        return names.enterpriseFullNames(List.of(code)).getOrDefault(code, fallback);
    }

    String person(String userId) {
        return userId == null ? "" : names.people(List.of(userId)).getOrDefault(userId, userId);
    }
}
