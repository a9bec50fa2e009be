package com.soegroup.accountability.report;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A report's stage from draft to sent: OFFICE writes the five parts (each save a new version, the old ones kept)
 * and submits; LEADER approves with an opinion (or returns it with one); OFFICE records how it was sent, which opens
 * the next stage. After the preliminary-check report, OFFICE starts a progress report whenever the case moves on.
 */
@Stateless
@DenyAll
public class IncidentDraftService {

    static final int MAX_PART = 4000;
    static final int MAX_DESCRIPTION = 8000;
    static final int MAX_FIELD = 200;

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private IncidentAccess access;

    @Inject
    private IncidentRepository reports;

    @Inject
    private IncidentDetails details;

    @Inject
    private Clock clock;

    /** Saves the stage's text as a new version; only while it is drafted, at the version read. */
    @RolesAllowed(Role.R_OFFICE)
    public IncidentDetail saveText(String reportNo, Integer version, IncidentParts parts) {
        Scope scope = scopes.current();
        IncidentReport r = access.current(scope, reportNo, version);
        if (r.state() != IncidentState.DRAFTING) {
            throw AccountabilityException.conflict("incident.notDrafting", r.reportNo());
        }
        if (parts == null) {
            throw AccountabilityException.invalid("source", "field.required");
        }
        IncidentParts clean = new IncidentParts(part("source", parts.source(), MAX_PART), part("description", parts.description(), MAX_DESCRIPTION),
                part("impact", parts.impact(), MAX_PART), part("causes", parts.causes(), MAX_PART), part("measures", parts.measures(), MAX_PART),
                r.kind() == IncidentKind.PROGRESS ? part("changes", parts.changes(), MAX_PART) : null);
        Optional<IncidentText> latest = reports.latestText(r);
        int no = latest.map(t -> t.textNo() + 1).orElse(1);
        reports.persist(new IncidentText(r.id(), no, r.kind(), clean, scope.userId(), clock.instant()));
        access.history(scope, r, IncidentHistory.Action.TEXT_SAVED, null, null, null, "kind=" + r.kind() + "; textNo=" + no);
        reports.bump(r);
        reports.flush();
        Map<String, Object> before = latest.map(t -> asMap(t.parts())).orElse(Map.of());
        audit.record(AuditAction.UPDATE, IncidentRepository.OBJECT_TYPE, r.reportNo(), FieldChange.diff(before, asMap(clean)),
                Map.of("textNo", no));
        return details.detail(scope, access.row(scope, r.reportNo()));
    }

    /** OFFICE hands the saved text of the stage to LEADER for approval. */
    @RolesAllowed(Role.R_OFFICE)
    public IncidentDetail submit(String reportNo, Integer version) {
        Scope scope = scopes.current();
        IncidentReport r = access.current(scope, reportNo, version);
        if (r.state() != IncidentState.DRAFTING) {
            throw AccountabilityException.conflict("incident.notDrafting", r.reportNo());
        }
        IncidentText text = reports.latestText(r).filter(t -> t.kind() == r.kind())
                .orElseThrow(() -> AccountabilityException.refused("incident.reason.saveFirst"));
        return change(scope, r, IncidentHistory.Action.SUBMITTED, null, "textNo=" + text.textNo(), r::submit);
    }

    /** LEADER approves the submitted text with an opinion (the page asks to confirm first). */
    @RolesAllowed(Role.R_LEADER)
    public IncidentDetail approve(String reportNo, Integer version, String opinion) {
        Scope scope = scopes.current();
        IncidentReport r = access.current(scope, reportNo, version);
        awaiting(r);
        String why = Inputs.text("opinion", opinion, IncidentReportService.MAX_TEXT);
        return change(scope, r, IncidentHistory.Action.APPROVED, why, "kind=" + r.kind(), () -> r.approve(scope.userId(), why));
    }

    /** LEADER sends the text back to be reworked, saying why. */
    @RolesAllowed(Role.R_LEADER)
    public IncidentDetail returnForRework(String reportNo, Integer version, String opinion) {
        Scope scope = scopes.current();
        IncidentReport r = access.current(scope, reportNo, version);
        awaiting(r);
        String why = Inputs.text("opinion", opinion, IncidentReportService.MAX_TEXT);
        return change(scope, r, IncidentHistory.Action.RETURNED, why, "kind=" + r.kind(), () -> r.returnToDrafting(scope.userId(), why));
    }

    /** OFFICE records how the approved stage was sent; the next stage opens (or, after the preliminary one, waits). */
    @RolesAllowed(Role.R_OFFICE)
    public IncidentDetail markSent(String reportNo, Integer version, IncidentSentData data) {
        Scope scope = scopes.current();
        IncidentReport r = access.current(scope, reportNo, version);
        if (r.state() != IncidentState.APPROVED) {
            throw AccountabilityException.conflict("incident.notApproved", r.reportNo());
        }
        if (data == null) {
            throw AccountabilityException.invalid("sentOn", "field.required");
        }
        LocalDate today = access.today();
        if (data.sentOn() == null) {
            throw AccountabilityException.invalid("sentOn", "field.required");
        }
        LocalDate sentOn = Inputs.notFuture("sentOn", data.sentOn(), today, "incident.sentOn.future");
        IncidentSentData clean = new IncidentSentData(sentOn, Inputs.text("channel", data.channel(), MAX_FIELD),
                Inputs.text("reference", data.reference(), MAX_FIELD), Inputs.text("recipient", data.recipient(), MAX_FIELD));
        IncidentText text = reports.latestText(r).orElseThrow(AccountabilityException::notFound);
        IncidentKind kind = r.kind();
        reports.persist(new IncidentSending(r.id(), kind, text.textNo(), access.due(r, kind, access.clocks(r, today)), clean,
                r.approvedBy(), scope.userId(), clock.instant()));
        String details = "kind=" + kind + "; sentOn=" + sentOn + "; channel=" + clean.channel() + "; reference=" + clean.reference()
                + "; recipient=" + clean.recipient();
        return change(scope, r, IncidentHistory.Action.SENT, null, details, r::sent);
    }

    /** OFFICE starts a progress report after the preliminary-check report, when the case has moved on. */
    @RolesAllowed(Role.R_OFFICE)
    public IncidentDetail startProgress(String reportNo, Integer version) {
        Scope scope = scopes.current();
        IncidentReport r = access.current(scope, reportNo, version);
        if (r.state() != IncidentState.SENT) {
            throw AccountabilityException.conflict("incident.progress.notNow", r.reportNo());
        }
        return change(scope, r, IncidentHistory.Action.PROGRESS_STARTED, null, "kind=" + r.kind(), r::startProgress);
    }

    private static void awaiting(IncidentReport r) {
        if (r.state() != IncidentState.AWAITING_APPROVAL) {
            throw AccountabilityException.conflict("incident.notAwaiting", r.reportNo());
        }
    }

    private IncidentDetail change(Scope scope, IncidentReport r, IncidentHistory.Action action, String reason, String details,
                                  Runnable step) {
        IncidentState from = r.state();
        IncidentKind kindBefore = r.kind();
        step.run();
        access.history(scope, r, action, from, r.state(), reason, details);
        reports.flush();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("kind", kindBefore);
        before.put("state", from);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", r.kind());
        after.put("state", r.state());
        List<FieldChange> changes = FieldChange.diff(before, after);
        if (reason != null) {
            audit.record(AuditAction.UPDATE, IncidentRepository.OBJECT_TYPE, r.reportNo(), changes, Map.of("opinion", reason));
        } else {
            audit.record(AuditAction.UPDATE, IncidentRepository.OBJECT_TYPE, r.reportNo(), changes);
        }
        return this.details.detail(scope, access.row(scope, r.reportNo()));
    }

    private static String part(String field, String value, int max) {
        String text = value == null ? null : value.replace("\r\n", "\n").strip();
        return Inputs.text(field, text, max);
    }

    private static Map<String, Object> asMap(IncidentParts p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", p.source());
        m.put("description", p.description());
        m.put("impact", p.impact());
        m.put("causes", p.causes());
        m.put("measures", p.measures());
        m.put("changes", p.changes());
        return m;
    }
}
