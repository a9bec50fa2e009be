package com.soegroup.accountability.clue;

import com.soegroup.accountability.org.EnterpriseRepository;
import com.soegroup.accountability.ruleset.CircumstanceClassifier;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.WorkingDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one way into a clue for the clue services: finds it by ledger number within the caller's scope and recusal
 * (else "not found"), shows it, appends to its history, resolves a ledger filter, and asks the later areas what
 * work of theirs holds a clue open. The services call it with the scope they got from {@code ScopeService}.
 */
@ApplicationScoped
class ClueAccess {

    /** The audit trail's name for reads and exports of the ledger as a whole, rather than of one clue. */
    static final String AUDIT_LEDGER = "CLUE_LEDGER";
    static final int MAX_PAGE = 500;

    @Inject
    private ClueRepository clues;

    @Inject
    private EnterpriseRepository enterprises;

    @Inject
    private CircumstanceClassifier circumstances;

    @Inject
    private Clock clock;

    @Inject
    private WorkingDays workingDays;

    @Inject
    @Any
    private Instance<ClueWork> work;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * When the next progress entry of a supervision is due: the interval after the last entry (calendar days, as the
     * leader set it), moved to the next working day when it falls on a weekend or holiday, as a period's last day is
     * (Civil Code art. 203).
     */
    LocalDate progressDue(LocalDate startedOn, LocalDate lastProgress, int intervalDays) {
        return workingDays.plusWorkingDays(SupervisionRules.nextProgressDue(startedOn, lastProgress, intervalDays), 0);
    }

    Clue find(Scope scope, String ledgerNo) {
        return clues.findByLedgerNo(scope, ledgerNo).orElseThrow(AccountabilityException::notFound);
    }

    void history(Scope scope, Clue clue, ClueHistory.Action action, ClueStatus from, ClueStatus to, String reason,
                 String details) {
        clues.persist(new ClueHistory(clue, clock.instant(), scope.userId(), action, from, to, reason, details));
    }

    /**
     * A filter resolved for the repository: the enterprise by code within the scope (else not found), dates
     * and text checked. The ledger's pages, the reconciliation and the exports resolve a filter this one way.
     */
    ClueQuery query(Scope scope, ClueFilter filter) {
        ClueFilter f = filter == null ? ClueFilter.ALL : filter;
        String path = null;
        if (f.enterprise() != null && !f.enterprise().isBlank()) {
            path = enterprises.pathOf(scope, f.enterprise()).orElseThrow(AccountabilityException::notFound);
        }
        if (f.receivedFrom() != null && f.receivedTo() != null && f.receivedFrom().isAfter(f.receivedTo())) {
            throw AccountabilityException.invalid("receivedTo", "clue.filter.dates");
        }
        Inputs.optional("q", f.text(), 200);
        return new ClueQuery(f, path, f.subsidiaries(), today());
    }

    /** The open work of later areas, by clue id, from every {@link ClueWork} the application has. */
    Map<Long, List<OpenWork>> openWork(Collection<Long> clueIds) {
        Map<Long, List<OpenWork>> all = new HashMap<>();
        for (ClueWork area : work) {
            area.openWork(clueIds).forEach((id, items) -> all.computeIfAbsent(id, k -> new ArrayList<>()).addAll(items));
        }
        return all;
    }

    // --- showing a clue ---------------------------------------------------------------------------------------

    /** A clue's page as the caller may see it: its persons, the clues merged into it, a running supervision. */
    ClueDetail detail(Scope scope, Clue clue, LocalDate today) {
        return detail(scope, clue, people(scope, clue), clues.mergedFrom(scope, clue), supervision(scope, clue, today), today);
    }

    ClueDetail detail(Scope scope, Clue c, List<ClueData.PersonConcerned> persons, List<String> mergedFrom,
                      SupervisionDetail supervision, LocalDate today) {
        boolean reporterVisible = scope.hasAny(Role.OFFICE, Role.LEADER);
        List<CluePerson> names = persons.stream().map(p -> new CluePerson(c, p.employeeNo(), p.name(), p.note())).toList();
        List<OpenWork> open = c.status().isOpen() ? openWork(List.of(c.id())).getOrDefault(c.id(), List.of()) : List.of();
        return new ClueDetail(toSummary(c, names, today), persons, c.registeredBy(), c.dispositionReason(),
                c.transferKind(), c.transferOrgan(), c.transferReference(),
                c.mergedInto() == null ? null : c.mergedInto().ledgerNo(), mergedFrom, c.otherRulesReference(),
                c.closedBy(), reporterVisible, reporterVisible ? c.reporterName() : null,
                reporterVisible ? c.reporterContact() : null, ClueLifecycle.next(c.status(), scope.roles()), open,
                supervision, circumstances.describe(c.circumstances()), classifiable(scope, c));
    }

    /** Registrars (OFFICE, LIAISON) may change the circumstances suspected while the clue is open. */
    static boolean classifiable(Scope scope, Clue clue) {
        return scope.hasAny(Role.OFFICE, Role.LIAISON) && clue.status().isOpen();
    }

    List<ClueData.PersonConcerned> people(Scope scope, Clue clue) {
        return clues.persons(scope, List.of(clue)).getOrDefault(clue.id(), List.of()).stream()
                .map(p -> new ClueData.PersonConcerned(p.employeeNo(), p.name(), p.note())).toList();
    }

    private SupervisionDetail supervision(Scope scope, Clue clue, LocalDate today) {
        return clues.runningSupervision(scope, clue).map(s -> {
            List<SupervisionDetail.Progress> progress = clues.progress(scope, s).stream()
                    .map(p -> new SupervisionDetail.Progress(p.enteredOn(), p.enteredBy(), p.text())).toList();
            LocalDate last = progress.isEmpty() ? s.startedOn() : progress.get(progress.size() - 1).on();
            return new SupervisionDetail(s.leaderUserId(), s.deadline(), s.progressIntervalDays(), s.startedOn(),
                    s.startedBy(), progressDue(s.startedOn(), progress.isEmpty() ? null : last, s.progressIntervalDays()),
                    clue.isOverdue(today), progress);
        }).orElse(null);
    }

    static ClueSummary toSummary(Clue c, List<CluePerson> persons, LocalDate today) {
        String names = persons == null ? "" : persons.stream().map(CluePerson::name).collect(Collectors.joining("、"));
        return new ClueSummary(c.ledgerNo(), c.enterprise().code(), c.enterprise().fullName(), c.owner().code(),
                c.owner().fullName(), c.source(), c.receivedOn(), c.registeredOn(), c.summary(), names, c.possibleLoss(),
                c.level(), c.status(), c.handler(), c.checkDeadline(), c.supervised(), c.supervisionDeadline(),
                c.isOverdue(today), c.closedOn(), c.version());
    }

    static ClueSummary toSummary(LedgerRow r, LocalDate today) {
        return new ClueSummary(r.ledgerNo(), r.enterpriseCode(), r.enterpriseName(), r.ownerCode(), r.ownerName(),
                r.source(), r.receivedOn(), r.registeredOn(), r.summary(), String.join("、", r.persons()),
                r.possibleLoss(), r.level(), r.status(), r.handler(), r.checkDeadline(), r.supervised(),
                r.supervisionDeadline(), r.overdue(today), r.closedOn(), r.version());
    }
}
