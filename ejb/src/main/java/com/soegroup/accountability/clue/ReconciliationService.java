package com.soegroup.accountability.clue;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The close-out reconciliation (对账): which clues are not closed yet, and what holds each open. A clue closes
 * only when all its work is finished (workflow.md), so this is the list to work through before closing.
 */
@Stateless
@DenyAll
public class ReconciliationService {

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private ClueAccess access;

    @Inject
    private ClueRepository clues;

    /**
     * The close-out reconciliation (对账): every clue of the scope (or of one enterprise's subtree) that is not
     * closed, by handling unit, with what holds it open: its own state, a supervision, and the open work of the
     * later areas ({@link ClueWork}). A clue whose list holds only "ready to close" may be closed.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public ReconciliationPage reconciliation(String enterprise, int first, int max) {
        Scope scope = scopes.current();
        if (first < 0 || max < 1 || max > ClueAccess.MAX_PAGE) {
            throw AccountabilityException.invalid("size", "paging.invalid");
        }
        EnumSet<ClueStatus> open = EnumSet.complementOf(EnumSet.of(ClueStatus.CLOSED));
        ClueFilter filter = new ClueFilter(enterprise, true, open, null, null, null, null, false, null, null);
        ClueQuery query = access.query(scope, filter);
        List<Clue> page = clues.page(scope, query, new ClueSort(ClueSort.Column.ENTERPRISE, true), first, max);
        Map<Long, List<CluePerson>> persons = clues.persons(scope, page);
        Map<Long, List<OpenWork>> work = access.openWork(page.stream().map(Clue::id).toList());
        List<ReconciliationLine> lines = new ArrayList<>();
        for (Clue c : page) {
            List<OpenWork> reasons = new ArrayList<>(openReasons(c, query.today()));
            List<OpenWork> areaWork = work.getOrDefault(c.id(), List.of());
            reasons.addAll(areaWork);
            boolean ready = ClueStatus.DISPOSED.contains(c.status()) && areaWork.isEmpty();
            if (ready) {
                reasons.add(new OpenWork("CLUE", c.ledgerNo(), "clue.open.readyToClose", List.of()));
            }
            lines.add(new ReconciliationLine(ClueAccess.toSummary(c, persons.get(c.id()), query.today()), reasons, ready));
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("reconciliation", enterprise == null ? "" : enterprise);
        facts.put("first", first);
        facts.put("shown", lines.size());
        audit.record(AuditAction.READ, ClueAccess.AUDIT_LEDGER, null, List.of(), facts);
        return new ReconciliationPage(clues.count(scope, query), lines, clues.openByUnit(scope, query));
    }

    /** Why a clue is open by its own state (the later areas add theirs). */
    static List<OpenWork> openReasons(Clue c, LocalDate today) {
        List<OpenWork> reasons = new ArrayList<>();
        switch (c.status()) {
            case REGISTERED -> reasons.add(new OpenWork("CLUE", c.ledgerNo(), "clue.open.registered", List.of()));
            case CHECKING -> reasons.add(new OpenWork("CLUE", c.ledgerNo(),
                    c.checkDeadline() != null && c.checkDeadline().isBefore(today) ? "clue.open.checkingOverdue" : "clue.open.checking",
                    List.of(String.valueOf(c.handler()), String.valueOf(c.checkDeadline()))));
            default -> { }
        }
        if (c.supervised()) {
            reasons.add(new OpenWork("SUPERVISION", c.ledgerNo(), "clue.open.supervised", List.of(String.valueOf(c.supervisionDeadline()))));
        }
        return reasons;
    }
}
