package com.soegroup.accountability.decision;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.investigation.Investigation;
import com.soegroup.accountability.investigation.InvestigationSubject;
import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.Numbering;
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
 * Appeals (申诉, M§38) against a served decision: filed by OFFICE, resolved by LEADER. An appeal suspends
 * nothing; a changed decision is a new decision that replaces the old one from the result date (architecture.md:
 * an appeal makes a new decision, it does not edit the old one). Every write goes to the history and the audit trail.
 */
@Stateless
@DenyAll
public class DecisionAppealService {

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

    /** An appeal (M§38) against a served decision; it suspends nothing. */
    @RolesAllowed(Role.R_OFFICE)
    public DecisionDetail fileAppeal(String decisionNo, LocalDate filedOn, String grounds) {
        Scope scope = scopes.current();
        Decision decision = access.caseRole(scope, decisionNo);
        if (!decision.inForce()) {
            throw AccountabilityException.conflict("decision.appeal.notInForce", decision.status());
        }
        if (decisions.appeals(decision).stream().anyMatch(a -> a.status() == AppealStatus.FILED)) {
            throw AccountabilityException.conflict("decision.appeal.open");
        }
        LocalDate on = access.notFuture("filedOn", filedOn);
        if (on.isBefore(decision.servedOn())) {
            throw AccountabilityException.invalid("filedOn", "decision.appeal.beforeServed");
        }
        String why = Inputs.text("grounds", grounds, DecisionAccess.MAX_TEXT);
        decisions.persist(new DecisionAppeal(decision, on, why, scope.userId()));
        decisions.flush();
        access.history(scope, decision, DecisionHistory.Action.APPEAL_FILED, null, null, why, "filedOn=" + on);
        audit.record(AuditAction.CREATE, "DECISION_APPEAL", decision.decisionNo(), List.of(new FieldChange("filedOn", null, on.toString())));
        return access.view(scope, decision);
    }

    /**
     * The appeal's result, decided by LEADER: UPHELD changes nothing; REVOKED ends the decision's effects from the
     * result date; CHANGED ends them too and puts a new decision in force from that date, whose effect periods
     * still count from the original's start (time already served is not served again). History stays.
     */
    @RolesAllowed(Role.R_LEADER)
    public DecisionDetail resolveAppeal(String decisionNo, long appealId, AppealStatus result, LocalDate resultOn,
                                              String reason, DecisionReplacement replacement, Integer version) {
        Scope scope = scopes.current();
        Decision decision = access.caseRole(scope, decisionNo);
        DecisionAppeal appeal = decisions.appeals(decision).stream().filter(a -> a.id() == appealId).findFirst()
                .orElseThrow(AccountabilityException::notFound);
        Inputs.version(version, appeal.version());
        if (appeal.status() != AppealStatus.FILED) {
            throw AccountabilityException.conflict("decision.appeal.resolved");
        }
        if (result == null || result == AppealStatus.FILED) {
            throw AccountabilityException.invalid("result", "decision.appeal.result");
        }
        LocalDate on = access.notFuture("resultOn", resultOn);
        if (on.isBefore(appeal.filedOn())) {
            throw AccountabilityException.invalid("resultOn", "decision.appeal.resultBeforeFiled");
        }
        String why = Inputs.text("reason", reason, DecisionAccess.MAX_REASON);
        Decision replacing = null;
        if (result == AppealStatus.CHANGED) {
            if (replacement == null || replacement.data() == null) {
                throw AccountabilityException.invalid("replacement", "field.required");
            }
            replacing = replace(scope, decision, replacement, on);
        }
        if (result != AppealStatus.UPHELD) {
            decision.end(on);
        }
        appeal.resolve(result, on, why, replacing, scope.userId());
        decisions.flush();
        access.history(scope, decision, DecisionHistory.Action.APPEAL_RESOLVED, null, null, why,
                "result=" + result + "; on=" + on + (replacing == null ? "" : "; replacement=" + replacing.decisionNo()));
        audit.record(AuditAction.STATE_CHANGE, "DECISION_APPEAL", decision.decisionNo(),
                List.of(new FieldChange("appeal", AppealStatus.FILED.name(), result.name())));
        return access.view(scope, decision);
    }

    private Decision replace(Scope scope, Decision original, DecisionReplacement replacement, LocalDate on) {
        Investigation investigation = access.caseOf(scope, original);
        InvestigationSubject subject = access.subjectOf(scope, investigation, original.personId());
        DecisionBasis basis = access.basis(scope, investigation, subject);
        String reviewer = Inputs.text("replacement.legalReviewer", replacement.legalReviewer(), 100);
        String opinion = Inputs.text("replacement.legalOpinion", replacement.legalOpinion(), DecisionAccess.MAX_REASON);
        Enterprise owner = original.owner();
        Numbering.Issued number = access.number(owner);
        Decision changed = new Decision(number.number(), owner, number.year(), number.serial(),
                original.investigationId(), owner, original.personId(), original.personEnterprise(), original.employeeNo(),
                original.personName(), original.responsibility(), original.lossLevel(), original.ruleSet(),
                original.determinationDate(), scope.userId(), clock.instant());
        access.decide(changed, basis, replacement.data());
        changed.replacing(original);
        changed.recordLegalReview(reviewer, on, opinion, scope.userId());
        changed.approve(on, scope.userId(), clock.instant());
        changed.serve(on, original.periodStart(), scope.userId());
        decisions.persist(changed);
        decisions.flush();
        access.history(scope, changed, DecisionHistory.Action.REPLACED, null, DecisionStatus.EFFECTIVE, null,
                "replaces=" + original.decisionNo() + "; from=" + on + "; measures=" + changed.terms().measures());
        audit.record(AuditAction.CREATE, DecisionRepository.OBJECT_TYPE, changed.decisionNo(), List.of(
                new FieldChange("replaces", null, original.decisionNo()),
                new FieldChange("measures", null, changed.terms().measures().toString())));
        return changed;
    }
}
