package com.soegroup.accountability.report;

import com.soegroup.accountability.org.DisplayNames;
import com.soegroup.accountability.rule.set.ReportingClocks;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the incident report services share: reading a report in scope, its row, its deadlines, its history. */
@ApplicationScoped
class IncidentAccess {

    static final int MAX_REGISTER = 2000;
    static final int TITLE_CHARS = 80;

    @Inject
    private IncidentRepository reports;

    @Inject
    private IncidentClocks clocks;

    @EJB
    private DisplayNames names;

    @Inject
    private Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    IncidentRepository.Row row(Scope scope, String reportNo) {
        String no = Inputs.strip(reportNo);
        if (no == null) {
            throw AccountabilityException.notFound();
        }
        return reports.byNo(scope, no).orElseThrow(AccountabilityException::notFound);
    }

    /** The report at the version the caller read; a stale version is refused and nothing changes. */
    IncidentReport current(Scope scope, String reportNo, Integer version) {
        IncidentReport report = row(scope, reportNo).report();
        Inputs.version(version, report.version());
        return report;
    }

    ReportingClocks clocks(IncidentReport report, LocalDate today) {
        return clocks.rules(report, today).map(IncidentRules::clocks).orElse(null);
    }

    LocalDate dueNow(IncidentReport report, LocalDate today) {
        if (report.state() == IncidentState.SENT || report.state().ended()) {
            return null;
        }
        return clocks.due(report, report.kind(), clocks(report, today));
    }

    List<IncidentSummary> summaries(List<IncidentRepository.Row> rows, LocalDate today) {
        // the clocks are those of each report's regulator's set: read once per enterprise of the page
        Map<String, ReportingClocks> byEnterprise = new HashMap<>();
        Map<String, String> enterprises = names.enterprises(rows.stream().map(r -> r.report().enterprise().code()).distinct().toList());
        List<IncidentSummary> out = new ArrayList<>(rows.size());
        for (IncidentRepository.Row row : rows) {
            String path = row.report().enterprise().path();
            if (!byEnterprise.containsKey(path)) {
                byEnterprise.put(path, clocks(row.report(), today));
            }
            out.add(summary(row, byEnterprise.get(path), enterprises.getOrDefault(row.report().enterprise().code(), row.report().enterprise().fullName()), today));
        }
        return out;
    }

    IncidentSummary summary(IncidentRepository.Row row, LocalDate today) {
        String code = row.report().enterprise().code();
        return summary(row, clocks(row.report(), today), names.enterprises(List.of(code)).getOrDefault(code, row.report().enterprise().fullName()), today);
    }

    private IncidentSummary summary(IncidentRepository.Row row, ReportingClocks c, String enterpriseName, LocalDate today) {
        IncidentReport r = row.report();
        LocalDate due = r.state() == IncidentState.SENT || r.state().ended() ? null : clocks.due(r, r.kind(), c);
        String title = row.caseTitle() != null ? row.caseTitle() : brief(row.clueSummary());
        return new IncidentSummary(r.reportNo(), r.enterprise().code(), enterpriseName, row.clueNo(), row.caseNo(), title,
                r.level(), r.trigger(), r.kind(), r.state(), r.foundOn(), r.raisedOn(), due, clocks.daysLate(due, today));
    }

    int daysLate(LocalDate due, LocalDate day) {
        return clocks.daysLate(due, day);
    }

    LocalDate due(IncidentReport report, IncidentKind kind, ReportingClocks c) {
        return clocks.due(report, kind, c);
    }

    static String brief(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() > TITLE_CHARS ? stripped.substring(0, TITLE_CHARS) + "…" : stripped;
    }

    void history(Scope scope, IncidentReport report, IncidentHistory.Action action, IncidentState from, IncidentState to,
                 String reason, String details) {
        reports.persist(new IncidentHistory(report.id(), clock.instant(), scope.userId(), action, from, to, reason, details));
    }

    static boolean office(Scope scope) {
        return scope.has(Role.OFFICE);
    }

    static boolean leader(Scope scope) {
        return scope.has(Role.LEADER);
    }
}
