package com.soegroup.accountability.report;

import com.soegroup.accountability.investigation.Investigation;
import com.soegroup.accountability.shared.IncidentReportLookup;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The report of a clue's or a case's event for their pages: the open report of the event (a merged one names the
 * report that absorbed it), shown only to the roles that may open a report and only when the caller's scope and
 * recusal let them read it. No audit entry: the number is what the clue's or the case's own read already shows.
 */
@Stateless
public class IncidentLookup implements IncidentReportLookup {

    @EJB
    private ScopeService scopes;

    @Inject
    private IncidentRepository reports;

    @Override
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public Optional<Link> forClue(String ledgerNo) {
        Scope scope = scopes.current();
        String no = Inputs.strip(ledgerNo);
        if (!mayOpen(scope) || no == null) {
            return Optional.empty();
        }
        return reports.clueByNo(scope, no).flatMap(c -> link(scope, reports.eventClues(List.of(c.id())), Set.of()));
    }

    @Override
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public Optional<Link> forCase(String caseNo) {
        Scope scope = scopes.current();
        String no = Inputs.strip(caseNo);
        if (!mayOpen(scope) || no == null) {
            return Optional.empty();
        }
        Optional<Investigation> found = reports.caseByNo(scope, no);
        return found.flatMap(i -> link(scope, i.clueIds().isEmpty() ? Set.of() : reports.eventClues(i.clueIds()), Set.of(i.id())));
    }

    /** The roles of {@link IncidentReportService#detail}. */
    private static boolean mayOpen(Scope scope) {
        return scope.hasAny(Role.OFFICE, Role.LEADER, Role.INVESTIGATOR, Role.AUDITOR);
    }

    private Optional<Link> link(Scope scope, Collection<Long> clueIds, Collection<Long> caseIds) {
        Set<Long> cases = new HashSet<>(caseIds);
        cases.addAll(reports.casesOf(clueIds));
        return reports.reportsOf(clueIds, cases).stream().findFirst()
                .flatMap(r -> reports.byNo(scope, r.reportNo()))
                .map(row -> new Link(row.report().reportNo(), row.report().state().bundleKey()));
    }
}
