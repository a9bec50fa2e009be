package com.soegroup.accountability.inspection;

import com.soegroup.accountability.shared.AccountabilityException;
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

/**
 * The one way into a campaign and its sheets for the inspection services: finds them within the caller's scope,
 * shows them with the steps the caller may take now, appends to the history. Lateness counts working days.
 */
@ApplicationScoped
class CampaignAccess {

    static final int MAX_TEXT = 4000;
    static final int MAX_REASON = 2000;
    static final int MAX_PAGE = 500;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Campaign find(Scope scope, String no) {
        return campaigns.findByNo(scope, no).orElseThrow(AccountabilityException::notFound);
    }

    AnswerSheet sheet(Scope scope, Campaign c, String enterprise) {
        return campaigns.sheet(scope, c, enterprise).orElseThrow(AccountabilityException::notFound);
    }

    void history(Scope scope, Campaign c, AnswerSheet sheet, CampaignHistory.Action action, SheetStatus from,
                 SheetStatus to, String reason, String details) {
        campaigns.persist(new CampaignHistory(c, sheet == null ? null : sheet.id(), clock.instant(), scope.userId(), action,
                from, to, reason, details));
    }

    boolean overdue(AnswerSheet s, LocalDate today) {
        return s.status().answerable() && s.campaign().status() == CampaignStatus.RUNNING && s.campaign().dueDate().isBefore(today);
    }

    int daysLate(AnswerSheet s, LocalDate today) {
        return overdue(s, today) ? Math.max(1, workingDays.between(s.campaign().dueDate(), today)) : 0;
    }

    /** Working days from today to the due date: negative when it has passed. */
    int workingDaysLeft(Campaign c, LocalDate today) {
        return c.dueDate().isBefore(today) ? -Math.max(1, workingDays.between(c.dueDate(), today))
                : workingDays.between(today, c.dueDate());
    }

    List<CampaignSummary> summaries(Scope scope, Collection<Campaign> list, LocalDate today) {
        Map<Long, long[]> sheets = campaigns.sheetCounts(scope, list, today);
        Map<Long, long[]> problems = campaigns.problemCounts(scope, list);
        return list.stream().map(c -> summary(c, sheets.getOrDefault(c.id(), new long[4]),
                problems.getOrDefault(c.id(), new long[2]))).toList();
    }

    CampaignSummary summary(Scope scope, Campaign c, LocalDate today) {
        return summaries(scope, List.of(c), today).get(0);
    }

    private static CampaignSummary summary(Campaign c, long[] sheets, long[] problems) {
        return new CampaignSummary(c.campaignNo(), c.title(), c.topic(), c.root().code(), c.root().fullName(), c.dueDate(),
                c.status(), sheets[0], sheets[1], sheets[2], sheets[3], problems[0], problems[1]);
    }

    SheetLine line(AnswerSheet s, LocalDate today) {
        Campaign c = s.campaign();
        return new SheetLine(c.campaignNo(), c.title(), c.topic(), s.enterprise().code(), s.enterprise().fullName(),
                c.dueDate(), s.status(), overdue(s, today), daysLate(s, today));
    }

    CampaignDetail view(Scope scope, Campaign c) {
        LocalDate today = today();
        List<AnswerSheet> sheets = campaigns.sheets(scope, c);
        Map<Long, long[]> counts = campaigns.answerCounts(sheets);
        List<SheetProgress> progress = sheets.stream().map(s -> {
            long[] n = counts.getOrDefault(s.id(), new long[3]);
            return new SheetProgress(s.enterprise().code(), s.enterprise().fullName(), s.status(), s.submittedAt(),
                    overdue(s, today), daysLate(s, today), n[0], n[1], n[2]);
        }).toList();
        Map<Long, String> enterprises = campaigns.sheetEnterprises(c);
        List<CampaignHistoryEntry> history = campaigns.history(c).stream()
                .filter(h -> h.sheetId() == null || sheets.stream().anyMatch(s -> s.id().equals(h.sheetId())))
                .map(h -> new CampaignHistoryEntry(h.occurredAt(), h.userId(), h.action(), h.fromStatus(), h.toStatus(),
                        h.sheetId() == null ? null : enterprises.get(h.sheetId()), h.reason(), h.details())).toList();
        List<CampaignItemView> items = campaigns.items(c).stream()
                .map(i -> new CampaignItemView(i.id(), i.position(), i.circumstance(), i.text())).toList();
        return new CampaignDetail(summary(scope, c, today), c.createdBy(), c.createdAt(), c.closedAt(),
                workingDaysLeft(c, today), items, progress, history,
                scope.has(Role.OFFICE) && c.status() == CampaignStatus.RUNNING && scope.covers(c.root().path()), c.version());
    }

    SheetDetail view(Scope scope, AnswerSheet s) {
        LocalDate today = today();
        Campaign c = s.campaign();
        Map<Long, CampaignAnswer> answers = campaigns.answers(s);
        Map<Long, List<CampaignFileInfo>> files = campaigns.files(answers.values());
        boolean office = scope.has(Role.OFFICE);
        List<AnswerDetail> lines = campaigns.items(c).stream().map(i -> {
            CampaignAnswer a = answers.get(i.id());
            return a == null
                    ? new AnswerDetail(i.id(), i.position(), i.circumstance(), i.text(), null, null, null, null, List.of(), false)
                    : new AnswerDetail(i.id(), i.position(), i.circumstance(), i.text(), a.result(), a.description(),
                    a.amount(), a.clueLedgerNo(), files.getOrDefault(a.id(), List.of()), office && clueBlocker(a) == null);
        }).toList();
        boolean mayAnswer = mayAnswer(scope, s);
        String submitBlocker = submitBlocker(s, lines.stream().anyMatch(a -> a.result() == null));
        return new SheetDetail(summary(scope, c, today), s.enterprise().code(), s.enterprise().fullName(), s.status(),
                overdue(s, today), daysLate(s, today), lines, s.submittedBy(), s.submittedAt(), s.reviewedBy(),
                s.reviewedAt(), s.reviewOpinion(), mayAnswer, mayAnswer && submitBlocker == null,
                mayAnswer ? submitBlocker : null,
                office && s.status() == SheetStatus.SUBMITTED, s.version());
    }

    /** LIAISON of the sheet's own enterprise, while the sheet is open or returned and the campaign runs. */
    boolean mayAnswer(Scope scope, AnswerSheet s) {
        return scope.has(Role.LIAISON) && s.enterprise().code().equals(scope.homeEnterprise()) && s.status().answerable()
                && s.campaign().status() == CampaignStatus.RUNNING;
    }

    /** Why the sheet cannot be submitted now (a bundle key), or null. */
    static String submitBlocker(AnswerSheet s, boolean unanswered) {
        if (s.campaign().status() != CampaignStatus.RUNNING) {
            return "inspection.closed";
        }
        if (!s.status().answerable()) {
            return "inspection.sheet.notAnswerable";
        }
        return unanswered ? "inspection.submit.unanswered" : null;
    }

    /** Why an answer cannot become a clue now (a bundle key), or null: a problem of a handed-in sheet, once. */
    static String clueBlocker(CampaignAnswer a) {
        if (a.result() != AnswerResult.PROBLEM) {
            return "inspection.clue.noProblem";
        }
        if (a.clueLedgerNo() != null) {
            return "inspection.clue.already";
        }
        if (a.sheet().status() != SheetStatus.SUBMITTED && a.sheet().status() != SheetStatus.ACCEPTED) {
            return "inspection.clue.notSubmitted";
        }
        return null;
    }
}
