package com.soegroup.accountability.decision;

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
import java.util.List;

/**
 * Referrals of a decision to the disciplinary or judicial organs (移送), and the sanction that comes back with
 * its influence period. Every write goes to the decision's history and the audit trail.
 */
@Stateless
@DenyAll
public class DecisionReferralService {

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private DecisionAccess access;

    @Inject
    private DecisionRepository decisions;

    @Inject
    private Clock clock;

    @RolesAllowed(Role.R_OFFICE)
    public DecisionDetail refer(String decisionNo, ReferralKind kind, String organ, LocalDate referredOn, String reference) {
        Scope scope = scopes.current();
        Decision decision = access.caseRole(scope, decisionNo);
        if (kind == null) {
            throw AccountabilityException.invalid("kind", "field.required");
        }
        String to = Inputs.text("organ", organ, 200);
        String ref = Inputs.text("reference", reference, 200);
        LocalDate on = access.notFuture("referredOn", referredOn);
        decisions.persist(new DecisionReferral(decision, kind, to, on, ref, scope.userId(), clock.instant()));
        decisions.flush();
        access.history(scope, decision, DecisionHistory.Action.REFERRED, null, null, null,
                "kind=" + kind + "; organ=" + to + "; reference=" + ref + "; on=" + on);
        audit.record(AuditAction.CREATE, "DECISION_REFERRAL", decision.decisionNo(), List.of(new FieldChange("kind", null, kind.name())));
        return access.view(scope, decision);
    }

    /**
     * The disciplinary sanction that came back from a referral, and its influence period in months: promotion is
     * barred until the period ends (rules.md §8 last row; the longer period governs).
     */
    @RolesAllowed(Role.R_OFFICE)
    public DecisionDetail recordSanction(String decisionNo, long referralId, String sanction, LocalDate sanctionedOn,
                                               Integer influenceMonths, Integer version) {
        Scope scope = scopes.current();
        Decision decision = access.caseRole(scope, decisionNo);
        DecisionReferral referral = decisions.referrals(decision).stream().filter(r -> r.id() == referralId).findFirst()
                .orElseThrow(AccountabilityException::notFound);
        Inputs.version(version, referral.version());
        String what = Inputs.text("sanction", sanction, 200);
        LocalDate on = access.notFuture("sanctionedOn", sanctionedOn);
        if (on.isBefore(referral.referredOn())) {
            throw AccountabilityException.invalid("sanctionedOn", "decision.sanction.beforeReferral");
        }
        LocalDate eligibleFrom = null;
        if (influenceMonths != null) {
            if (influenceMonths < 1 || influenceMonths > 120) {
                throw AccountabilityException.invalid("influenceMonths", "decision.sanction.months");
            }
            eligibleFrom = on.plusMonths(influenceMonths);
        }
        referral.sanctioned(what, on, eligibleFrom, scope.userId(), clock.instant());
        decisions.flush();
        access.history(scope, decision, DecisionHistory.Action.SANCTION_RECORDED, null, null, null,
                "referral=" + referralId + "; sanction=" + what + "; on=" + on + "; eligibleFrom=" + eligibleFrom);
        audit.record(AuditAction.UPDATE, "DECISION_REFERRAL", decision.decisionNo(),
                List.of(new FieldChange("sanction", null, what)));
        return access.view(scope, decision);
    }
}
