package com.soegroup.accountability.rectification;

import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.WorkingDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one way into a task for the rectification services: finds it within the caller's scope, shows it with the
 * actions the caller may take now, appends to its history. Overdue counts working days ({@link WorkingDays}).
 */
@ApplicationScoped
class RectificationAccess {

    static final int MAX_TEXT = 4000;
    static final int MAX_REASON = 2000;
    static final int MAX_PAGE = 500;

    @Inject
    private RectificationRepository rectifications;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Rectification find(Scope scope, String no) {
        return rectifications.findByNo(scope, no).orElseThrow(AccountabilityException::notFound);
    }

    void history(Scope scope, Rectification r, RectificationHistory.Action action, RectificationStatus from,
                 RectificationStatus to, String reason, String details) {
        rectifications.persist(new RectificationHistory(r, clock.instant(), scope.userId(), action, from, to, reason, details));
    }

    boolean overdue(Rectification r, LocalDate today) {
        return r.status() != RectificationStatus.VERIFIED && r.deadline().isBefore(today);
    }

    /** Working days past the deadline in force; 0 when not overdue. */
    int daysLate(Rectification r, LocalDate today) {
        return overdue(r, today) ? Math.max(1, workingDays.between(r.deadline(), today)) : 0;
    }

    List<RectificationSummary> summaries(Scope scope, Collection<Rectification> tasks, LocalDate today) {
        Map<Long, String> origins = rectifications.origins(tasks);
        Set<Long> pending = rectifications.withPendingExtension(scope, tasks);
        return tasks.stream().map(r -> summary(r, origins.get(r.id()), pending.contains(r.id()), today)).toList();
    }

    RectificationSummary summary(Rectification r, String origin, boolean extensionPending, LocalDate today) {
        return new RectificationSummary(r.rectificationNo(), r.source(), origin, r.owner().code(), r.owner().fullName(),
                r.department(), r.responsibleName(), r.measure(), r.requirement(), r.deadline(), r.status(),
                overdue(r, today), daysLate(r, today), extensionPending, r.clueLedgerNo());
    }

    RectificationDetail view(Scope scope, Rectification r) {
        LocalDate today = today();
        List<RectificationSubmission> submitted = rectifications.submissions(r);
        Map<Long, List<FileInfo>> files = rectifications.files(submitted);
        List<SubmissionDetail> submissions = submitted.stream().map(s -> new SubmissionDetail(s.id(), s.text(),
                s.submittedBy(), s.submittedAt(), files.getOrDefault(s.id(), List.of()), s.review(), s.reviewOpinion(),
                s.reviewedBy(), s.reviewedAt())).toList();
        List<ExtensionDetail> extensions = rectifications.extensions(r).stream().map(x -> new ExtensionDetail(x.id(),
                x.reason(), x.previousDeadline(), x.requestedDeadline(), x.status(), x.requestedBy(), x.requestedAt(),
                x.decidedBy(), x.decidedAt(), x.opinion(), x.version())).toList();
        List<RectificationHistoryEntry> history = rectifications.history(r).stream()
                .map(h -> new RectificationHistoryEntry(h.occurredAt(), h.userId(), h.action(), h.fromStatus(),
                        h.toStatus(), h.reason(), h.details())).toList();
        boolean pending = extensions.stream().anyMatch(x -> x.status() == ExtensionStatus.REQUESTED);
        String caseNo = rectifications.caseNo(r).orElse(null);
        String decisionNo = rectifications.decisionNo(r).orElse(null);
        String origin = decisionNo != null ? decisionNo : caseNo != null ? caseNo : r.sourceReference();
        String clueBlocker = clueBlocker(r, today, pending);
        return new RectificationDetail(summary(r, origin, pending, today), caseNo, decisionNo, r.sourceReference(),
                r.responsibleEmployeeNo(), r.liaisonUserId(), r.requirement(), r.fixes(), r.originalDeadline(),
                r.createdBy(), r.createdAt(), r.verifiedOn(), r.verifiedBy(), rectifications.clueNos(r), submissions,
                extensions, history,
                scope.has(Role.LIAISON) && r.status() == RectificationStatus.OPEN,
                scope.has(Role.LIAISON) && r.status() == RectificationStatus.OPEN && !pending,
                scope.has(Role.LEADER) && pending,
                scope.has(Role.OFFICE) && r.status() == RectificationStatus.SUBMITTED,
                scope.has(Role.OFFICE) && clueBlocker == null,
                scope.has(Role.OFFICE) ? clueBlocker : null, r.version());
    }

    /** Why an overdue task cannot become a clue now (a bundle key), or null when it can (M§7(5)). */
    String clueBlocker(Rectification r, LocalDate today, boolean extensionPending) {
        if (r.clueLedgerNo() != null) {
            return "rectification.clue.already";
        }
        if (r.status() != RectificationStatus.OPEN) {
            return "rectification.clue.notOpen";
        }
        if (!overdue(r, today)) {
            return "rectification.clue.notOverdue";
        }
        if (extensionPending) {
            return "rectification.clue.extensionPending";
        }
        return null;
    }

    /** A deadline: a date after today within the dates the application takes. */
    static LocalDate future(String field, LocalDate date, LocalDate today) {
        LocalDate d = Inputs.date(field, date);
        if (d == null) {
            throw AccountabilityException.invalid(field, "field.required");
        }
        if (!d.isAfter(today)) {
            throw AccountabilityException.invalid(field, "rectification.deadline.notFuture");
        }
        return d;
    }
}
