package com.soegroup.accountability.recovery;

import com.soegroup.accountability.investigation.Investigation;
import com.soegroup.accountability.investigation.InvestigationRepository;
import com.soegroup.accountability.investigation.InvestigationStatus;
import com.soegroup.accountability.investigation.Recusal;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.WorkingDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the recovery services share: a case's recovery as read (figures, events, claw-backs, the write-off) and
 * who may do what with it. The case comes through {@code CaseAccess} (scope, team and recusal checked).
 */
@ApplicationScoped
class RecoveryReader {

    @Inject
    private RecoveryRepository recoveries;

    @Inject
    private InvestigationRepository investigations;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private Clock clock;

    Optional<RecoveryFigures> figures(Scope scope, Investigation investigation) {
        return recoveries.determined(scope, investigation).map(determined -> figures(scope, investigation, determined,
                recoveries.recoveryCase(scope, investigation).orElse(null)));
    }

    private RecoveryFigures figures(Scope scope, Investigation investigation, BigDecimal determined, RecoveryCase c) {
        BigDecimal byEvents = recoveries.recoveredByItem(investigation).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal clawedBack = recoveries.clawbacks(scope, investigation).stream().map(ClawbackLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal irrecoverable = c != null && c.status() == IrrecoverableStatus.APPROVED ? c.amount() : BigDecimal.ZERO;
        return RecoveryFigures.of(determined, byEvents, clawedBack, irrecoverable);
    }

    RecoveryOverview overview(Scope scope, Investigation investigation) {
        RecoveryCase c = recoveries.recoveryCase(scope, investigation).orElse(null);
        Optional<BigDecimal> determined = recoveries.determined(scope, investigation);
        RecoveryFigures figures = figures(scope, investigation, determined.orElse(BigDecimal.ZERO), c);
        Map<Long, BigDecimal> byItem = recoveries.recoveredByItem(investigation);
        Map<Long, String> descriptions = new HashMap<>();
        List<RecoveryItem> items = recoveries.items(scope, investigation).stream().map(r -> {
            descriptions.put((Long) r[0], (String) r[1]);
            return new RecoveryItem((Long) r[0], (String) r[1], (BigDecimal) r[2],
                    byItem.getOrDefault((Long) r[0], BigDecimal.ZERO).setScale(2), r[3] != null);
        }).toList();
        List<RecoveryEvent> events = recoveries.events(scope, investigation);
        Map<Long, Long> reversedBy = new HashMap<>();
        events.stream().filter(RecoveryEvent::reversal).forEach(e -> reversedBy.put(e.reversesId(), e.id()));
        List<RecoveryEventDetail> details = events.stream().map(e -> new RecoveryEventDetail(e.id(), e.lossItemId(),
                descriptions.get(e.lossItemId()), e.recoveredOn(), e.amount(), e.method(), e.reference(), e.evidence(),
                e.evidenceFiles().stream().sorted().toList(), e.reversesId(), e.reason(), reversedBy.get(e.id()),
                e.enteredBy(), e.enteredAt())).toList();
        LocalDate followUpDue = followUpDue(investigation, figures, c, events);
        LocalDate today = LocalDate.now(clock);
        int daysLate = followUpDue != null && today.isAfter(followUpDue) ? workingDays.between(followUpDue, today) : 0;
        return new RecoveryOverview(investigation.caseNo(), investigation.title(), investigation.status(), figures, items,
                details, recoveries.clawbacks(scope, investigation), IrrecoverableDetail.of(c),
                recoveries.evidence(scope, investigation), recordBlocked(scope, investigation, determined.isPresent()),
                irrecoverableBlocked(scope, investigation, figures, c),
                scope.has(Role.OFFICE) && investigation.status() == InvestigationStatus.CONCLUDED
                        && figures.outstanding().signum() > 0,
                scope.has(Role.LEADER) && c != null && c.status() == IrrecoverableStatus.PENDING,
                c == null ? null : c.followedUpOn(), followUpDue, daysLate, c == null ? 0 : c.version());
    }

    /**
     * When the office must next follow the balance up (the to-do list's deadline), or null when it need not: not
     * concluded, nothing outstanding, or a write-off pending or approved.
     */
    private LocalDate followUpDue(Investigation investigation, RecoveryFigures figures, RecoveryCase c, List<RecoveryEvent> events) {
        if (investigation.status() != InvestigationStatus.CONCLUDED || investigation.concludedOn() == null
                || figures.outstanding().signum() <= 0
                || c != null && (c.status() == IrrecoverableStatus.PENDING || c.status() == IrrecoverableStatus.APPROVED)) {
            return null;
        }
        LocalDate last = investigation.concludedOn();
        if (c != null && c.followedUpOn() != null && c.followedUpOn().isAfter(last)) {
            last = c.followedUpOn();
        }
        for (RecoveryEvent e : events) {
            if (e.recoveredOn().isAfter(last)) {
                last = e.recoveredOn();
            }
        }
        return Quarters.followUpDue(last, workingDays);
    }

    /** Refuses an entry the caller may not make now: the same reasons the page shows beside the disabled form. */
    void checkMayRecord(Scope scope, Investigation investigation) {
        String blocked = recordBlocked(scope, investigation, recoveries.determined(scope, investigation).isPresent());
        if (blocked != null) {
            throw AccountabilityException.conflict(blocked);
        }
    }

    private String recordBlocked(Scope scope, Investigation investigation, boolean determined) {
        boolean onTeam = investigations.membership(scope, investigation).map(m -> m.recusal() == Recusal.NO_CONFLICT).orElse(false);
        if (!scope.has(Role.OFFICE) && !onTeam) {
            return "recovery.record.teamOnly";
        }
        return determined ? null : "recovery.record.notDetermined";
    }

    String irrecoverableBlocked(Scope scope, Investigation investigation, RecoveryFigures figures, RecoveryCase c) {
        if (!scope.has(Role.OFFICE)) {
            return "recovery.irrecoverable.officeOnly";
        }
        if (investigation.status() != InvestigationStatus.CONCLUDED) {
            return "recovery.irrecoverable.notConcluded";
        }
        if (c != null && c.status() == IrrecoverableStatus.PENDING) {
            return "recovery.irrecoverable.pending";
        }
        if (c != null && c.status() == IrrecoverableStatus.APPROVED) {
            return "recovery.irrecoverable.approved";
        }
        if (figures.outstanding().signum() <= 0) {
            return "recovery.irrecoverable.nothingOutstanding";
        }
        return null;
    }
}
