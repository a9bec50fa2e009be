package com.soegroup.accountability.annual;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.NumberSeries;
import com.soegroup.accountability.shared.Numbering;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The annual work reports (年度责任追究工作情况报告, 篇五) of the caller's scope: the list, a new report for a year and
 * an enterprise subtree (OFFICE, one per enterprise and year), and a report with its texts, facts and figures.
 * OFFICE and LEADER work on them, AUDITOR reads; a report outside the scope is not found.
 */
@Stateless
@DenyAll
public class AnnualReportService {

    static final int MAX_LIST = 500;
    static final int EARLIEST_YEAR = 2000;

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private AnnualRepository reports;

    @Inject
    private AnnualAccess access;

    @Inject
    private AnnualDetails details;

    @Inject
    private Numbering numbering;

    @Inject
    private Clock clock;

    /** The reports of the scope, newest year first; {@code year} null for every year. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public List<AnnualSummary> list(Integer year) {
        Scope scope = scopes.current();
        if (year != null) {
            year(year);
        }
        return access.summaries(reports.list(scope, year, List.of(), MAX_LIST));
    }

    /**
     * OFFICE starts the report of a year (this year or an earlier one) for an enterprise of its scope with its
     * subsidiaries; a second report of the same enterprise and year is refused with the first one's number.
     */
    @RolesAllowed(Role.R_OFFICE)
    public AnnualSummary create(Integer year, String enterpriseCode) {
        Scope scope = scopes.current();
        int y = year(year);
        String code = Inputs.strip(enterpriseCode);
        if (code == null) {
            throw AccountabilityException.invalid("enterprise", "field.required");
        }
        Enterprise enterprise = reports.enterprise(scope, code)
                .orElseThrow(() -> AccountabilityException.invalid("enterprise", "annual.enterprise.unknown"));
        reports.byYear(enterprise, y).ifPresent(existing -> {
            throw AccountabilityException.conflict("annual.exists", existing.reportNo());
        });
        Numbering.Issued no = numbering.next(NumberSeries.ANNUAL_REPORT, enterprise.code(), y);
        AnnualReport report = new AnnualReport(no.number(), no.year(), no.serial(), y, enterprise, scope.userId(), clock.instant());
        reports.persist(report);
        reports.flush();
        access.history(scope, report, AnnualHistory.Action.CREATED, null, AnnualState.DRAFT, null,
                "year=" + y + "; enterprise=" + enterprise.code());
        reports.flush();
        audit.record(AuditAction.CREATE, AnnualRepository.OBJECT_TYPE, report.reportNo(), List.of(),
                Map.of("year", y, "enterprise", enterprise.code()));
        return access.summary(report);
    }

    /**
     * A report with its narrative (the draft from the data until the office saves one), the facts and figures of
     * the year beside the year before's, the history and the caller's actions. {@code labels} gives the Chinese name
     * of a figure's bundle key for the drafted sentences.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public AnnualDetail detail(String reportNo, Function<String, String> labels) {
        Scope scope = scopes.current();
        AnnualReport r = access.report(scope, reportNo);
        AnnualDetail d = details.detail(scope, r, labels == null ? k -> null : labels);
        if (scope.has(Role.AUDITOR)) {
            audit.record(AuditAction.READ, AnnualRepository.OBJECT_TYPE, r.reportNo(), List.of());
        }
        return d;
    }

    private int year(Integer year) {
        if (year == null) {
            throw AccountabilityException.invalid("year", "field.required");
        }
        int thisYear = access.today().getYear();
        if (year < EARLIEST_YEAR || year > thisYear) {
            throw AccountabilityException.invalid("year", "annual.year.range", String.valueOf(EARLIEST_YEAR), String.valueOf(thisYear));
        }
        return year;
    }
}
