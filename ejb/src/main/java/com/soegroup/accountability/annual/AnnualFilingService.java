package com.soegroup.accountability.annual;

import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import com.soegroup.accountability.statistics.EnterpriseIndicators;
import com.soegroup.accountability.statistics.Figure;
import com.soegroup.accountability.statistics.FigureGroup;
import com.soegroup.accountability.statistics.Statistics;
import com.soegroup.accountability.statistics.StatisticsFilter;
import com.soegroup.accountability.statistics.StatisticsService;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The quarterly and half-year filing (定期报送) of an enterprise subtree: one line per direct subsidiary with its
 * own subsidiaries, one for the enterprise's own records, then the total; the same figures as the annual report
 * (the statistics of each subsidiary, and this area's rectification, recovery and incident report counts). Reading
 * it is audited by the statistics it reads, one entry per enterprise.
 */
@Stateless
@DenyAll
public class AnnualFilingService {

    @EJB
    private ScopeService scopes;

    @EJB
    private StatisticsService statistics;

    @Inject
    private AnnualRepository reports;

    @Inject
    private AnnualAccess access;

    /** {@code quarter} 1–4 or {@code half} 1–2, exactly one; {@code enterprise} null for the caller's own. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public Filing filing(Integer year, Integer quarter, Integer half, String enterpriseCode) {
        Scope scope = scopes.current();
        LocalDate[] period = period(year, quarter, half, access.today().getYear());
        String code = Inputs.strip(enterpriseCode);
        if (code == null) {
            code = scope.rootCodes().isEmpty() ? null : scope.rootCodes().get(0);
        }
        if (code == null) {
            throw AccountabilityException.notFound();
        }
        Enterprise enterprise = reports.enterprise(scope, code).orElseThrow(AccountabilityException::notFound);
        LocalDate asOf = period[1].isBefore(access.today()) ? period[1] : access.today();
        Statistics total = statistics.figures(new StatisticsFilter(period[0], period[1], enterprise.code()));
        FilingRow totalRow = row(FilingRow.Kind.TOTAL, enterprise.code(), total.enterpriseName(), total, AnnualFigures.extras(total));
        List<FilingRow> rows = new ArrayList<>();
        FilingRow own = totalRow;
        for (EnterpriseIndicators child : total.enterprises()) {
            if (child.own()) {
                continue;
            }
            Enterprise e = reports.enterprise(scope, child.code()).orElse(null);
            if (e == null) {
                continue;
            }
            Statistics s = statistics.figures(new StatisticsFilter(period[0], period[1], child.code()));
            FilingRow r = row(FilingRow.Kind.SUBSIDIARY, child.code(), child.name(), s, AnnualFigures.extras(s));
            rows.add(r);
            own = minus(own, r);
        }
        rows.add(0, new FilingRow(FilingRow.Kind.OWN, enterprise.code(), total.enterpriseName(), own.clues(), own.accepted(), own.checking(),
                own.opened(), own.concluded(), own.losses(), own.people(), own.recovered(), own.rectified(), own.incidentReports()));
        rows.add(totalRow);
        return new Filing(enterprise.code(), access.enterpriseFullName(enterprise.code(), enterprise.fullName()), period[0].getYear(),
                quarter, half, period[0], period[1], rows);
    }

    /** The first and last day of a quarter or half of a year; refused unless exactly one of them is asked, in range. */
    static LocalDate[] period(Integer year, Integer quarter, Integer half, int thisYear) {
        if (year == null) {
            throw AccountabilityException.invalid("year", "field.required");
        }
        if (year < AnnualReportService.EARLIEST_YEAR || year > thisYear) {
            throw AccountabilityException.invalid("year", "annual.year.range", String.valueOf(AnnualReportService.EARLIEST_YEAR),
                    String.valueOf(thisYear));
        }
        if ((quarter == null) == (half == null)) {
            throw AccountabilityException.invalid("quarter", "filing.period.one");
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw AccountabilityException.invalid("quarter", "filing.quarter.range");
        }
        if (half != null && (half < 1 || half > 2)) {
            throw AccountabilityException.invalid("half", "filing.half.range");
        }
        int firstMonth = quarter != null ? (quarter - 1) * 3 + 1 : (half - 1) * 6 + 1;
        int months = quarter != null ? 3 : 6;
        LocalDate from = LocalDate.of(year, firstMonth, 1);
        return new LocalDate[] {from, from.plusMonths(months).minusDays(1)};
    }

    static FilingRow row(FilingRow.Kind kind, String code, String name, Statistics s, AnnualRepository.Extras extras) {
        return new FilingRow(kind, code, name, total(s.group("clueSource")), count(s.group("clueStatus"), "ACCEPTED"),
                count(s.group("clueStatus"), "CHECKING"), count(s.group("cases"), "OPENED"), count(s.group("cases"), "CONCLUDED"),
                amount(s.group("losses")), total(s.group("responsibility")), extras.recovered(), extras.rectified(),
                extras.incidentOnTime() + extras.incidentLate());
    }

    private static FilingRow minus(FilingRow a, FilingRow b) {
        return new FilingRow(a.kind(), a.code(), a.name(), a.clues() - b.clues(), a.accepted() - b.accepted(), a.checking() - b.checking(),
                a.opened() - b.opened(), a.concluded() - b.concluded(), a.losses().subtract(b.losses()), a.people() - b.people(),
                a.recovered().subtract(b.recovered()), a.rectified() - b.rectified(), a.incidentReports() - b.incidentReports());
    }

    private static long total(FigureGroup g) {
        return g == null ? 0 : g.total();
    }

    private static long count(FigureGroup g, String code) {
        return g == null ? 0 : g.figures().stream().filter(f -> f.code().equals(code)).mapToLong(Figure::count).sum();
    }

    private static BigDecimal amount(FigureGroup g) {
        return g == null ? BigDecimal.ZERO : g.figures().stream().map(f -> f.amount() == null ? BigDecimal.ZERO : f.amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
