package com.soegroup.accountability.report;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.clue.Clue;
import com.soegroup.accountability.investigation.Investigation;
import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.shared.NumberSeries;
import com.soegroup.accountability.shared.Numbering;
import com.soegroup.accountability.shared.SeriousLossReached;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Raises the one-event-one-report the moment a level reaches LARGER or MAJOR: a plain synchronous observer of
 * {@link SeriousLossReached}, so it runs in the transaction of the clue's registration or the loss determination
 * (both commit or neither) and the case areas never import this one. One report per event: when the event already
 * has one (through the clue, a clue merged with it, or the case opened from them) that report follows — a heavier
 * level, the case — and no second one is raised. No role check here: whoever may set the level raises the report,
 * the public form included.
 */
@ApplicationScoped
public class IncidentRaising {

    @Inject
    private IncidentRepository reports;

    @Inject
    private Numbering numbering;

    @EJB
    private AuditService audit;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    void onSeriousLoss(@Observes SeriousLossReached event) {
        if (SeriousLossReached.CLUE.equals(event.objectType())) {
            Clue clue = reports.clue(event.objectId());
            if (clue != null && serious(clue.level())) {
                raise(Set.of(clue.id()), null, clue.level(), IncidentTrigger.CLUE_LEVEL, null, clue.owner(), clue.receivedOn(),
                        event.userId(), event.anonymous());
            }
        } else if (SeriousLossReached.INVESTIGATION.equals(event.objectType())) {
            Investigation investigation = reports.investigation(event.objectId());
            LossLevel level = em.createQuery("SELECT d.level FROM LossDetermination d WHERE d.investigationId = :id", LossLevel.class)
                    .setParameter("id", event.objectId()).getResultStream().filter(Objects::nonNull).findFirst().orElse(null);
            if (investigation != null && serious(level)) {
                raise(investigation.clueIds(), investigation.id(), level, IncidentTrigger.CASE_LEVEL, null, investigation.owner(),
                        foundOn(investigation), event.userId(), false);
            }
        }
    }

    static boolean serious(LossLevel level) {
        return level != null && level.compareTo(LossLevel.LARGER) >= 0;
    }

    /** The day a case's matter was found: its earliest clue's receipt, else the day it was opened. */
    LocalDate foundOn(Investigation investigation) {
        return investigation.clueIds().stream().map(reports::clue).filter(Objects::nonNull).map(Clue::receivedOn)
                .min(Comparator.naturalOrder()).orElse(investigation.openedOn());
    }

    /**
     * The event's report, raised now or followed: the existing one takes a heavier level, the case and an earlier
     * day found, with a history line when anything changed.
     *
     * @return the report and whether it was raised by this call
     */
    Raised raise(Set<Long> clueIds, Long caseId, LossLevel level, IncidentTrigger trigger, String reason, Enterprise enterprise,
                 LocalDate foundOn, String userId, boolean anonymous) {
        Set<Long> event = clueIds.isEmpty() ? Set.of() : reports.eventClues(clueIds);
        Optional<IncidentReport> existing = reports.eventReport(event, caseId);
        LocalDate today = LocalDate.now(clock);
        // the public form's acts are kept without their time of day (AnonymousReportService)
        Instant at = anonymous ? today.atStartOfDay(clock.getZone()).toInstant() : clock.instant();
        if (existing.isPresent()) {
            IncidentReport report = existing.get();
            LossLevel before = report.level();
            Long caseBefore = report.investigationId();
            LocalDate foundBefore = report.foundOn();
            report.follow(level, caseId, foundOn);
            if (!Objects.equals(before, report.level()) || !Objects.equals(caseBefore, report.investigationId())
                    || !foundBefore.equals(report.foundOn())) {
                reports.persist(new IncidentHistory(report.id(), at, userId, IncidentHistory.Action.FOLLOWED, null, null, reason,
                        "level=" + report.level() + "; foundOn=" + report.foundOn()));
                reports.flush();
                record(anonymous, userId, AuditAction.UPDATE, report.reportNo(), FieldChange.diff(
                        map(before, foundBefore), map(report.level(), report.foundOn())));
            }
            return new Raised(report, false);
        }
        Numbering.Issued number = numbering.next(NumberSeries.INCIDENT_REPORT, enterprise.code(), today.getYear());
        Long clueId = clueIds.stream().min(Comparator.naturalOrder()).orElse(null);
        IncidentReport report = new IncidentReport(number.number(), number.year(), number.serial(), enterprise, clueId, caseId,
                level, trigger, reason, foundOn, today, userId);
        reports.persist(report);
        reports.flush();
        reports.persist(new IncidentHistory(report.id(), at, userId, IncidentHistory.Action.RAISED, null, IncidentState.DRAFTING,
                reason, "trigger=" + trigger + "; level=" + level + "; foundOn=" + foundOn));
        reports.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("enterprise", enterprise.code());
        after.put("trigger", trigger);
        after.put("level", level);
        after.put("foundOn", foundOn);
        after.put("kind", report.kind());
        after.put("state", report.state());
        record(anonymous, userId, AuditAction.CREATE, report.reportNo(), FieldChange.diff(Map.of(), after));
        return new Raised(report, true);
    }

    record Raised(IncidentReport report, boolean created) {
    }

    private static Map<String, Object> map(LossLevel level, LocalDate foundOn) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", level);
        m.put("foundOn", foundOn);
        return m;
    }

    private void record(boolean anonymous, String userId, AuditAction action, String reportNo, List<FieldChange> changes) {
        if (anonymous) {
            audit.recordAnonymous(userId, action, IncidentRepository.OBJECT_TYPE, reportNo, changes);
        } else {
            audit.record(action, IncidentRepository.OBJECT_TYPE, reportNo, changes);
        }
    }
}
