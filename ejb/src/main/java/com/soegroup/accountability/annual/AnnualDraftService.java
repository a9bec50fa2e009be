package com.soegroup.accountability.annual;

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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A report from draft to sent: OFFICE writes the sections (each save a new version of all of them, the old ones
 * kept) and submits; LEADER approves with an opinion or returns it with one; OFFICE may reopen an approved report
 * (saying why) or record how it was sent. Every step is a history line and an audit entry.
 */
@Stateless
@DenyAll
public class AnnualDraftService {

    static final int MAX_SECTION = 8000;
    static final int MAX_OPINION = 2000;
    static final int MAX_FIELD = 200;
    /** The sections a report cannot go without: the overview and part 四. */
    static final Set<AnnualSection> REQUIRED = EnumSet.of(AnnualSection.OVERVIEW, AnnualSection.PROBLEMS, AnnualSection.PLANS);

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private AnnualAccess access;

    @Inject
    private AnnualRepository reports;

    @Inject
    private AnnualDetails details;

    @Inject
    private Clock clock;

    /** Saves every section as a new version; only while the report is a draft, at the version read. */
    @RolesAllowed(Role.R_OFFICE)
    public AnnualDetail saveText(String reportNo, Integer version, Map<AnnualSection, String> sections, Function<String, String> labels) {
        Scope scope = scopes.current();
        AnnualReport r = access.current(scope, reportNo, version);
        if (r.state() != AnnualState.DRAFT) {
            throw AccountabilityException.conflict("annual.notDraft", r.reportNo());
        }
        Map<AnnualSection, String> clean = clean(sections);
        List<AnnualText> before = reports.latestTexts(r);
        int no = before.isEmpty() ? 1 : before.get(0).textNo() + 1;
        clean.forEach((s, body) -> reports.persist(new AnnualText(r.id(), no, s, body, scope.userId(), clock.instant())));
        access.history(scope, r, AnnualHistory.Action.TEXT_SAVED, null, null, null, "textNo=" + no);
        reports.bump(r);
        reports.flush();
        Map<String, Object> old = new LinkedHashMap<>();
        before.forEach(t -> old.put(t.section().name(), t.body()));
        Map<String, Object> now = new LinkedHashMap<>();
        clean.forEach((s, body) -> now.put(s.name(), body));
        audit.record(AuditAction.UPDATE, AnnualRepository.OBJECT_TYPE, r.reportNo(), FieldChange.diff(old, now), Map.of("textNo", no));
        return details.detail(scope, r, labels);
    }

    /** OFFICE hands the saved text to LEADER. */
    @RolesAllowed(Role.R_OFFICE)
    public AnnualDetail submit(String reportNo, Integer version, Function<String, String> labels) {
        Scope scope = scopes.current();
        AnnualReport r = access.current(scope, reportNo, version);
        if (r.state() != AnnualState.DRAFT) {
            throw AccountabilityException.conflict("annual.notDraft", r.reportNo());
        }
        List<AnnualText> texts = reports.latestTexts(r);
        if (texts.isEmpty()) {
            throw AccountabilityException.refused("annual.reason.saveFirst");
        }
        return change(scope, r, AnnualHistory.Action.SUBMITTED, null, "textNo=" + texts.get(0).textNo(), r::submit, labels);
    }

    /** LEADER approves the submitted report with an opinion (the page asks to confirm first). */
    @RolesAllowed(Role.R_LEADER)
    public AnnualDetail approve(String reportNo, Integer version, String opinion, Function<String, String> labels) {
        Scope scope = scopes.current();
        AnnualReport r = access.current(scope, reportNo, version);
        submitted(r);
        String why = Inputs.text("opinion", opinion, MAX_OPINION);
        return change(scope, r, AnnualHistory.Action.APPROVED, why, null, () -> r.approve(scope.userId(), why), labels);
    }

    /** LEADER returns the submitted report to the office, saying why. */
    @RolesAllowed(Role.R_LEADER)
    public AnnualDetail returnForRework(String reportNo, Integer version, String opinion, Function<String, String> labels) {
        Scope scope = scopes.current();
        AnnualReport r = access.current(scope, reportNo, version);
        submitted(r);
        String why = Inputs.text("opinion", opinion, MAX_OPINION);
        return change(scope, r, AnnualHistory.Action.RETURNED, why, null, () -> r.backToDraft(why), labels);
    }

    /** OFFICE takes an approved report back to the draft (figures corrected, text to change), saying why. */
    @RolesAllowed(Role.R_OFFICE)
    public AnnualDetail reopen(String reportNo, Integer version, String reason, Function<String, String> labels) {
        Scope scope = scopes.current();
        AnnualReport r = access.current(scope, reportNo, version);
        if (r.state() != AnnualState.APPROVED) {
            throw AccountabilityException.conflict("annual.notApproved", r.reportNo());
        }
        String why = Inputs.text("reason", reason, MAX_OPINION);
        return change(scope, r, AnnualHistory.Action.REOPENED, why, null, () -> r.backToDraft(why), labels);
    }

    /** OFFICE records how the approved report was sent. */
    @RolesAllowed(Role.R_OFFICE)
    public AnnualDetail markSent(String reportNo, Integer version, AnnualSentData data, Function<String, String> labels) {
        Scope scope = scopes.current();
        AnnualReport r = access.current(scope, reportNo, version);
        if (r.state() != AnnualState.APPROVED) {
            throw AccountabilityException.conflict("annual.notApproved", r.reportNo());
        }
        if (data == null || data.sentOn() == null) {
            throw AccountabilityException.invalid("sentOn", "field.required");
        }
        LocalDate sentOn = Inputs.notFuture("sentOn", data.sentOn(), access.today(), "annual.sentOn.future");
        String channel = Inputs.text("channel", data.channel(), MAX_FIELD);
        String reference = Inputs.text("reference", data.reference(), MAX_FIELD);
        String recipient = Inputs.text("recipient", data.recipient(), MAX_FIELD);
        String facts = "sentOn=" + sentOn + "; channel=" + channel + "; reference=" + reference + "; recipient=" + recipient;
        return change(scope, r, AnnualHistory.Action.SENT, null, facts, () -> r.sent(sentOn, channel, reference, recipient), labels);
    }

    private static void submitted(AnnualReport r) {
        if (r.state() != AnnualState.SUBMITTED) {
            throw AccountabilityException.conflict("annual.notSubmitted", r.reportNo());
        }
    }

    private AnnualDetail change(Scope scope, AnnualReport r, AnnualHistory.Action action, String reason, String facts, Runnable step,
                                Function<String, String> labels) {
        AnnualState from = r.state();
        step.run();
        access.history(scope, r, action, from, r.state(), reason, facts);
        reports.flush();
        List<FieldChange> changes = FieldChange.diff(Map.of("state", from), Map.of("state", r.state()));
        if (reason != null) {
            audit.record(AuditAction.UPDATE, AnnualRepository.OBJECT_TYPE, r.reportNo(), changes, Map.of("opinion", reason));
        } else {
            audit.record(AuditAction.UPDATE, AnnualRepository.OBJECT_TYPE, r.reportNo(), changes);
        }
        return details.detail(scope, r, labels);
    }

    /** Every section checked: the required ones written, none too long; lines as typed, blanks around stripped. */
    static Map<AnnualSection, String> clean(Map<AnnualSection, String> sections) {
        if (sections == null) {
            throw AccountabilityException.invalid("sections", "field.required");
        }
        Map<AnnualSection, String> out = new LinkedHashMap<>();
        for (AnnualSection s : AnnualSection.values()) {
            String raw = sections.get(s);
            String text = raw == null ? null : raw.replace("\r\n", "\n").strip();
            String field = "sections." + s.name();
            if (REQUIRED.contains(s)) {
                out.put(s, Inputs.text(field, text, MAX_SECTION));
            } else {
                String optional = Inputs.optional(field, text, MAX_SECTION);
                out.put(s, optional == null ? "" : optional);
            }
        }
        return out;
    }
}
