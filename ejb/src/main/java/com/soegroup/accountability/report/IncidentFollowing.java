package com.soegroup.accountability.report;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.clue.Clue;
import com.soegroup.accountability.investigation.Investigation;
import com.soegroup.accountability.investigation.InvestigationStatus;
import com.soegroup.accountability.shared.CaseDecided;
import com.soegroup.accountability.shared.CaseStageReached;
import com.soegroup.accountability.shared.CluesMerged;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one-event-one-report follows its case and its clues (issue 19): each stage the case reaches opens the progress
 * report due for it, the case's decision ends the report, and when two reported clues are merged the event keeps one
 * report. Plain synchronous observers of events in {@code shared}, so the report changes in the transaction of the
 * step that caused it (both commit or neither) and the case areas never import this one.
 */
@ApplicationScoped
public class IncidentFollowing {

    /** The stages of a case a progress report is due for: the investigation starts, its report is approved, it ends. */
    static final Set<InvestigationStatus> PROGRESS_STAGES = EnumSet.of(InvestigationStatus.IN_PROGRESS,
            InvestigationStatus.REPORT_APPROVED, InvestigationStatus.CONCLUDED);

    @Inject
    private IncidentRepository reports;

    @EJB
    private AuditService audit;

    @Inject
    private Clock clock;

    void onStage(@Observes CaseStageReached event) {
        InvestigationStatus stage = stage(event.stage());
        if (stage == null || !PROGRESS_STAGES.contains(stage)) {
            return;
        }
        for (IncidentReport r : reportsOfCase(event.investigationId())) {
            String details = "stage=" + stage.name();
            if (r.state() == IncidentState.SENT && r.kind() == IncidentKind.PROGRESS) {
                IncidentState from = r.state();
                r.startProgress();
                history(r, event.userId(), IncidentHistory.Action.PROGRESS_OPENED, from, r.state(), details);
                change(r, from);
            } else if (!r.state().ended()) {
                // the stage under way (a 快报 not yet sent, a progress report being drafted) will carry the news
                history(r, event.userId(), IncidentHistory.Action.CASE_STAGE, null, null, details);
                reports.flush();
            }
        }
    }

    void onDecided(@Observes CaseDecided event) {
        for (IncidentReport r : reportsOfCase(event.investigationId())) {
            if (r.state().ended()) {
                continue;
            }
            IncidentState from = r.state();
            boolean closed = r.caseDecided(event.decidedOn());
            history(r, event.userId(), IncidentHistory.Action.CASE_DECIDED, closed ? from : null, closed ? r.state() : null,
                    "decidedOn=" + event.decidedOn() + (closed ? "" : "; kind=" + r.kind()));
            reports.bump(r);
            change(r, from);
        }
    }

    /**
     * Two clues that each had a report are one event now: the older report (raised first, so its clocks run from the
     * earliest day and the event's lookups already name it) absorbs the other, which is kept as 已合并 with what it
     * sent; the survivor takes the heavier level, the case and the earlier day found.
     */
    void onMerged(@Observes CluesMerged event) {
        Set<Long> clues = reports.eventClues(List.of(event.survivorClueId(), event.mergedClueId()));
        List<IncidentReport> open = reports.reportsOf(clues, reports.casesOf(clues));
        if (open.size() < 2) {
            return;
        }
        IncidentReport survivor = open.get(0);
        Clue survivorClue = reports.clue(event.survivorClueId());
        for (IncidentReport absorbed : open.subList(1, open.size())) {
            IncidentState from = absorbed.state();
            absorbed.mergeInto(survivor);
            survivor.follow(absorbed.level(), absorbed.investigationId(), absorbed.foundOn());
            String clue = survivorClue == null ? "" : "; survivor=" + survivorClue.ledgerNo();
            history(absorbed, event.userId(), IncidentHistory.Action.MERGED_INTO, from, IncidentState.MERGED,
                    "report=" + survivor.reportNo() + clue);
            history(survivor, event.userId(), IncidentHistory.Action.ABSORBED, null, null,
                    "report=" + absorbed.reportNo() + "; level=" + survivor.level() + "; foundOn=" + survivor.foundOn());
            change(absorbed, from);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("absorbed", absorbed.reportNo());
            audit.record(AuditAction.UPDATE, IncidentRepository.OBJECT_TYPE, survivor.reportNo(), FieldChange.diff(Map.of(), after));
        }
        reports.bump(survivor);
        reports.flush();
    }

    /** The open reports of the case's event: raised for the case or for any of its clues (and those merged with them). */
    private List<IncidentReport> reportsOfCase(long caseId) {
        Investigation investigation = reports.investigation(caseId);
        if (investigation == null) {
            return List.of();
        }
        Set<Long> clues = investigation.clueIds().isEmpty() ? Set.of() : reports.eventClues(investigation.clueIds());
        return reports.reportsOf(clues, Set.of(caseId));
    }

    private static InvestigationStatus stage(String name) {
        try {
            return name == null ? null : InvestigationStatus.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void history(IncidentReport r, String userId, IncidentHistory.Action action, IncidentState from, IncidentState to,
                         String details) {
        reports.persist(new IncidentHistory(r.id(), clock.instant(), userId, action, from, to, null, details));
    }

    private void change(IncidentReport r, IncidentState from) {
        reports.flush();
        if (from != r.state()) {
            audit.record(AuditAction.UPDATE, IncidentRepository.OBJECT_TYPE, r.reportNo(),
                    List.of(new FieldChange("state", from.name(), r.state().name())));
        }
    }
}
