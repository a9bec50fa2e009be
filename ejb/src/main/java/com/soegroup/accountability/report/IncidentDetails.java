package com.soegroup.accountability.report;

import com.soegroup.accountability.rule.set.ReportingClocks;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A report's page as the services answer it after a read or a write: deadlines, texts, versions, sendings, actions. */
@ApplicationScoped
class IncidentDetails {

    @Inject
    private IncidentAccess access;

    @Inject
    private IncidentRepository reports;

    @Inject
    private IncidentClocks clocks;

    @Inject
    private IncidentDraft draft;

    IncidentDetail detail(Scope scope, IncidentRepository.Row row) {
        IncidentReport r = row.report();
        LocalDate today = access.today();
        Optional<IncidentRules> rules = clocks.rules(r, today);
        ReportingClocks c = rules.map(IncidentRules::clocks).orElse(null);
        List<IncidentSending> sent = reports.sendings(r);
        List<IncidentDeadline> deadlines = new ArrayList<>();
        for (IncidentKind kind : List.of(IncidentKind.FLASH, IncidentKind.REAL_TIME, IncidentKind.PRELIMINARY)) {
            LocalDate due = access.due(r, kind, c);
            LocalDate sentOn = sent.stream().filter(s -> s.kind() == kind).map(IncidentSending::sentOn).findFirst().orElse(null);
            deadlines.add(new IncidentDeadline(kind, due, sentOn, access.daysLate(due, sentOn == null ? today : sentOn)));
        }
        List<IncidentText> texts = reports.texts(r);
        Optional<IncidentText> latest = texts.stream().findFirst();
        boolean ofThisStage = latest.isPresent() && latest.get().kind() == r.kind() && r.state() != IncidentState.SENT;
        IncidentParts text = latest.map(IncidentText::parts).orElseGet(() -> draft.draft(r));
        if (latest.isPresent() && !ofThisStage && r.kind() == IncidentKind.PROGRESS) {
            // a progress report starts from the last text sent, with its changes still to be written
            text = new IncidentParts(text.source(), text.description(), text.impact(), text.causes(), text.measures(), null);
        }
        List<IncidentVersion> versions = texts.stream()
                .map(t -> new IncidentVersion(t.textNo(), t.kind(), t.savedBy(), t.savedAt(), t.parts())).toList();
        List<IncidentSent> sendings = sent.stream().map(s -> new IncidentSent(s.kind(), s.textNo(), s.dueOn(), s.sentOn(), s.channel(),
                s.reference(), s.recipient(), s.approvedBy())).toList();
        List<IncidentHistoryEntry> history = reports.history(r).stream().map(h -> new IncidentHistoryEntry(h.occurredAt(), h.userId(),
                h.action(), h.fromStatus(), h.toStatus(), h.reason(), h.details())).toList();
        return new IncidentDetail(access.summary(row, today), r.markedReason(), r.raisedBy(), rules.orElse(null), deadlines, text,
                ofThisStage ? latest.get().textNo() : null, versions, sendings, r.approvedBy(), r.approvalOpinion(), r.extensionDays(),
                r.extensionReason(), r.extensionRequestedBy(), r.extensionApproved(), r.extensionDecidedBy(), r.extensionOpinion(),
                history, actions(scope, r, ofThisStage, c), r.version(),
                r.mergedIntoId() == null ? null : reports.find(r.mergedIntoId()).reportNo());
    }

    static IncidentActions actions(Scope scope, IncidentReport r, boolean hasText, ReportingClocks c) {
        boolean office = IncidentAccess.office(scope);
        boolean leader = IncidentAccess.leader(scope);
        IncidentState s = r.state();
        boolean drafting = s == IncidentState.DRAFTING;
        boolean extensible = r.kind() != IncidentKind.PROGRESS && r.extensionDays() == null && c != null && c.extensionMaxDays() > 0
                && !s.ended();
        String reason = null;
        if (s == IncidentState.CLOSED) {
            reason = "incident.reason.closed";
        } else if (s == IncidentState.MERGED) {
            reason = "incident.reason.merged";
        } else if (s == IncidentState.AWAITING_APPROVAL && !leader) {
            reason = "incident.reason.awaitingLeader";
        } else if ((s == IncidentState.APPROVED || drafting) && !office) {
            reason = "incident.reason.office";
        } else if (drafting && !hasText) {
            reason = "incident.reason.saveFirst";
        }
        return new IncidentActions(office && drafting, office && drafting && hasText, leader && s == IncidentState.AWAITING_APPROVAL,
                office && s == IncidentState.APPROVED, office && s == IncidentState.SENT, office && extensible,
                leader && r.extensionPending(), reason);
    }
}
