package com.soegroup.accountability.recovery;

import com.soegroup.accountability.org.EnterpriseRepository;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The recovery totals of an enterprise subtree in a year (追损 figures of the statistics and the annual report):
 * aggregates in SQL over the cases of the caller's scope and recusal, never lists of records.
 */
@Stateless
@DenyAll
public class RecoveryTotalsService {

    @EJB
    private ScopeService scopes;

    @Inject
    private EnterpriseRepository enterprises;

    @Inject
    private RecoveryRepository recoveries;

    @Inject
    private Clock clock;

    /**
     * @param year       the year; null for the current one
     * @param enterprise the code of the subtree's top; null for the caller's home enterprise. Outside the scope it
     *                   is not found.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public RecoveryTotals totals(Integer year, String enterprise) {
        Scope scope = scopes.current();
        LocalDate today = LocalDate.now(clock);
        int y = year == null ? today.getYear() : year;
        if (y < 2000 || y > today.getYear()) {
            throw AccountabilityException.invalid("year", "recovery.year.range", 2000, today.getYear());
        }
        String code = enterprise == null || enterprise.isBlank() ? scope.homeEnterprise() : enterprise.strip();
        String path = enterprises.pathOf(scope, code).orElseThrow(AccountabilityException::notFound);
        LocalDate first = LocalDate.of(y, 1, 1);
        LocalDate last = y == today.getYear() ? today : LocalDate.of(y, 12, 31);
        return recoveries.totals(scope, code.toUpperCase(Locale.ROOT), path, y, first, last);
    }
}
