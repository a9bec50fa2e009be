package com.soegroup.accountability.circular;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.circular.CircularAnonymiser.MaskKind;
import com.soegroup.accountability.circular.CircularAnonymiser.Term;
import com.soegroup.accountability.org.Enterprise;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A circular from draft to published: OFFICE writes the text (each save a version, every version kept) and the terms
 * it hides, submits; LEADER approves with an opinion (or returns it with one); OFFICE publishes it to an enterprise
 * subtree and roles on a date. A text that still names a subject, an employee or ID number, or — unless the
 * decision lets it be named — the enterprise, is refused with the leak named, at every step, and nothing changes.
 */
@Stateless
@DenyAll
public class CircularDraftService {

    static final int MAX_TITLE = 200;
    static final int MAX_FACTS = 8000;
    static final int MAX_PART = 4000;
    static final int MAX_OPINION = 2000;
    static final int MAX_TERMS = 4000;

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private CircularAccess access;

    @Inject
    private CircularRepository circulars;

    /** Saves the text as a new version: only while drafted, at the version read, and only without a leak. */
    @RolesAllowed(Role.R_OFFICE)
    public CircularDetail saveText(String circularNo, Integer version, CircularParts parts) {
        Scope scope = scopes.current();
        Circular c = access.current(scope, circularNo, version);
        drafting(c);
        if (parts == null) {
            throw AccountabilityException.invalid("title", "field.required");
        }
        CircularParts clean = new CircularParts(Inputs.text("title", parts.title(), MAX_TITLE), part("facts", parts.facts(), MAX_FACTS),
                part("violation", parts.violation(), MAX_PART), part("handling", parts.handling(), MAX_PART), part("lesson", parts.lesson(), MAX_PART));
        CircularAccess.checkLeaks(clean, CircularAccess.forbidden(access.terms(c), c.nameEnterprise()));
        return saved(scope, c, clean, "text");
    }

    /**
     * Saves the office's own terms (one a line, {@code 原文=替换}) and whether the decision lets the enterprise be
     * named, then applies every term to the text, saved as a new version when that changed it.
     */
    @RolesAllowed(Role.R_OFFICE)
    public CircularDetail saveMasks(String circularNo, Integer version, String addedTerms, boolean nameEnterprise) {
        Scope scope = scopes.current();
        Circular c = access.current(scope, circularNo, version);
        drafting(c);
        String terms = Inputs.optional("terms", addedTerms, MAX_TERMS);
        List<Term> parsed = CircularAnonymiser.parse(terms, MaskKind.ADDED);
        for (Term t : parsed) {
            if (t.replacement().contains(t.original())) {
                throw AccountabilityException.invalid("terms", "circular.terms.selfReplacing", t.original());
            }
        }
        String kept = terms == null ? null : Inputs.checkLength("terms", CircularAnonymiser.format(parsed), MAX_TERMS);
        String before = c.maskTerms();
        boolean namedBefore = c.nameEnterprise();
        c.masks(kept, nameEnterprise);
        List<Term> all = access.terms(c);
        List<Term> applied = nameEnterprise ? all.stream().filter(t -> t.kind() != MaskKind.ENTERPRISE).toList() : all;
        CircularParts masked = CircularAccess.anonymise(c.parts(), applied);
        // a replacement longer than its original lengthens the text: it must still fit
        Inputs.checkLength("title", masked.title(), MAX_TITLE);
        Inputs.checkLength("facts", masked.facts(), MAX_FACTS);
        Inputs.checkLength("violation", masked.violation(), MAX_PART);
        Inputs.checkLength("handling", masked.handling(), MAX_PART);
        Inputs.checkLength("lesson", masked.lesson(), MAX_PART);
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("maskTerms", before);
        was.put("nameEnterprise", namedBefore);
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("maskTerms", c.maskTerms());
        now.put("nameEnterprise", nameEnterprise);
        access.history(scope, c, CircularHistory.Action.TEXT_SAVED, null, null, null, "nameEnterprise=" + nameEnterprise
                + "; terms=" + parsed.size());
        audit.record(AuditAction.UPDATE, CircularRepository.OBJECT_TYPE, c.circularNo(), FieldChange.diff(was, now));
        if (!masked.equals(c.parts())) {
            return saved(scope, c, masked, "masks");
        }
        circulars.flush();
        return access.detail(scope, c);
    }

    @RolesAllowed(Role.R_OFFICE)
    public CircularDetail submit(String circularNo, Integer version) {
        Scope scope = scopes.current();
        Circular c = access.current(scope, circularNo, version);
        drafting(c);
        if (c.textNo() == 0) {
            throw AccountabilityException.refused("circular.reason.saveFirst");
        }
        CircularAccess.checkLeaks(c.parts(), CircularAccess.forbidden(access.terms(c), c.nameEnterprise()));
        return change(scope, c, CircularHistory.Action.SUBMITTED, null, "textNo=" + c.textNo(), c::submit);
    }

    /** LEADER approves the submitted circular with an opinion (the page asks to confirm first). */
    @RolesAllowed(Role.R_LEADER)
    public CircularDetail approve(String circularNo, Integer version, String opinion) {
        Scope scope = scopes.current();
        Circular c = access.current(scope, circularNo, version);
        submitted(c);
        String why = Inputs.text("opinion", opinion, MAX_OPINION);
        return change(scope, c, CircularHistory.Action.APPROVED, why, "textNo=" + c.textNo(), () -> c.approve(scope.userId(), why));
    }

    /** LEADER sends the circular back to be reworked, saying why. */
    @RolesAllowed(Role.R_LEADER)
    public CircularDetail returnForRework(String circularNo, Integer version, String opinion) {
        Scope scope = scopes.current();
        Circular c = access.current(scope, circularNo, version);
        submitted(c);
        String why = Inputs.text("opinion", opinion, MAX_OPINION);
        return change(scope, c, CircularHistory.Action.RETURNED, why, null, () -> c.returnToDrafting(why));
    }

    /**
     * OFFICE publishes the approved circular to an enterprise of its scope with its subtree, for the chosen roles,
     * on a day not after today.
     */
    @RolesAllowed(Role.R_OFFICE)
    public CircularDetail publish(String circularNo, Integer version, String enterpriseCode, Collection<Role> roles, LocalDate on) {
        Scope scope = scopes.current();
        Circular c = access.current(scope, circularNo, version);
        if (c.state() != CircularState.APPROVED) {
            throw AccountabilityException.conflict("circular.notApproved", c.circularNo());
        }
        String code = Inputs.text("enterprise", enterpriseCode, 40);
        Enterprise to = circulars.enterpriseByCode(code).filter(e -> scope.covers(e.path()))
                .orElseThrow(() -> AccountabilityException.invalid("enterprise", "circular.enterprise.unknown", code));
        if (roles == null || roles.isEmpty()) {
            throw AccountabilityException.invalid("roles", "circular.roles.required");
        }
        LocalDate day = Inputs.notFuture("publishedOn", on, access.today(), "circular.publishedOn.future");
        CircularAccess.checkLeaks(c.parts(), CircularAccess.forbidden(access.terms(c), c.nameEnterprise()));
        List<String> codes = new ArrayList<>(roles.stream().distinct().sorted().map(Role::name).toList());
        return change(scope, c, CircularHistory.Action.PUBLISHED, null, "enterprise=" + to.code() + "; roles=" + String.join(",", codes)
                + "; publishedOn=" + day, () -> c.publish(day, scope.userId(), to, codes));
    }

    private static void drafting(Circular c) {
        if (c.state() != CircularState.DRAFTING) {
            throw AccountabilityException.conflict("circular.notDrafting", c.circularNo());
        }
    }

    private static void submitted(Circular c) {
        if (c.state() != CircularState.SUBMITTED) {
            throw AccountabilityException.conflict("circular.notSubmitted", c.circularNo());
        }
    }

    private CircularDetail saved(Scope scope, Circular c, CircularParts clean, String what) {
        CircularParts before = c.parts();
        int no = c.textNo() + 1;
        circulars.persist(new CircularText(c.id(), no, clean, scope.userId(), access.clock().instant()));
        c.text(clean, no);
        access.history(scope, c, CircularHistory.Action.TEXT_SAVED, null, null, null, "textNo=" + no);
        circulars.flush();
        audit.record(AuditAction.UPDATE, CircularRepository.OBJECT_TYPE, c.circularNo(), FieldChange.diff(asMap(before), asMap(clean)),
                Map.of("textNo", no, "by", what));
        return access.detail(scope, c);
    }

    private CircularDetail change(Scope scope, Circular c, CircularHistory.Action action, String reason, String details, Runnable step) {
        CircularState from = c.state();
        step.run();
        access.history(scope, c, action, from, c.state(), reason, details);
        circulars.flush();
        List<FieldChange> changes = FieldChange.diff(Map.of("state", from), Map.of("state", c.state()));
        if (reason != null) {
            audit.record(AuditAction.UPDATE, CircularRepository.OBJECT_TYPE, c.circularNo(), changes, Map.of("opinion", reason));
        } else {
            audit.record(AuditAction.UPDATE, CircularRepository.OBJECT_TYPE, c.circularNo(), changes);
        }
        return access.detail(scope, c);
    }

    private static String part(String field, String value, int max) {
        String text = value == null ? null : value.replace("\r\n", "\n").strip();
        return Inputs.text(field, text, max);
    }

    private static Map<String, Object> asMap(CircularParts p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", p.title());
        m.put("facts", p.facts());
        m.put("violation", p.violation());
        m.put("handling", p.handling());
        m.put("lesson", p.lesson());
        return m;
    }
}
