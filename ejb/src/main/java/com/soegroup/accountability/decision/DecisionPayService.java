package com.soegroup.accountability.decision;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.rule.payback.DeductionSource;
import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.ruleset.RuleService;
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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pay part of decisions (rules.md §5, M§28–29), which holds no case facts and so is HR's too: the pay of one
 * decision, HR's worklist of served decisions, the deductions other organs ordered for the same event, and what
 * HR actually recovered. Every write goes to the decision's history and the audit trail, every read to the trail.
 */
@Stateless
@DenyAll
public class DecisionPayService {

    /** The sentence of a served decision whose person's pay of a year is not entered ({@link DecisionPayCalculation}). */
    static final String MISSING_PAY = "decision.pay.missing";

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private DecisionAccess access;

    @EJB
    private RuleService rules;

    @Inject
    private DecisionRepository decisions;

    @Inject
    private DecisionPayCalculation payCalculation;

    @Inject
    private Clock clock;

    /** The pay part, for HR as well: it holds no case facts. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR, Role.R_HR})
    public DecisionPay pay(String decisionNo) {
        Scope scope = scopes.current();
        Decision decision = access.payPart(scope, decisionNo);
        DecisionPay pay = access.pay(decision);
        audit.record(AuditAction.READ, DecisionRepository.OBJECT_TYPE, decision.decisionNo(), List.of(), Map.of("part", "pay"));
        return pay;
    }

    /**
     * HR's worklist: the served decisions about people of the caller's scope, with their pay part only (no case
     * facts), newest first.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_HR})
    public List<DecisionPay> payInstructions(String text, int max) {
        Scope scope = scopes.current();
        int size = Math.max(1, Math.min(max, DecisionAccess.MAX_PAGE));
        List<Decision> served = decisions.served(scope, text, size);
        Map<String, RuleSet> ruleSets = new HashMap<>();
        List<DecisionPay> answer = payCalculation.pays(served, code -> ruleSets.computeIfAbsent(code, rules::ruleSet),
                decisions.deductions(served), decisions.recoveries(served));
        audit.record(AuditAction.READ, "DECISION_PAY_LIST", null, List.of(), Map.of("text", text == null ? "" : text));
        return answer;
    }

    /**
     * The served decisions of the caller's scope whose amounts wait for HR's pay data (待录入薪酬), with the year
     * missing: the worklist's "no pay data" lines, which link to the pay entry, and HR's tasks.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_HR})
    public List<DecisionPayMissing> lackingPay(int max) {
        Scope scope = scopes.current();
        int size = Math.max(1, Math.min(max, DecisionAccess.MAX_PAGE));
        List<Decision> served = decisions.served(scope, null, size);
        Map<String, RuleSet> ruleSets = new HashMap<>();
        List<DecisionPayMissing> answer = payCalculation.pays(served, code -> ruleSets.computeIfAbsent(code, rules::ruleSet),
                        decisions.deductions(served), decisions.recoveries(served)).stream()
                .filter(p -> MISSING_PAY.equals(p.missingKey()) && !p.missingArgs().isEmpty())
                .map(p -> new DecisionPayMissing(p.decisionNo(), p.employeeNo(), p.name(), p.enterpriseName(),
                        Integer.parseInt(p.missingArgs().get(0))))
                .toList();
        audit.record(AuditAction.READ, "DECISION_PAY_LIST", null, List.of(), Map.of("part", "lackingPay"));
        return answer;
    }

    /** HR's batch template for yearly pay: the import's columns and an example row (of last year). */
    @RolesAllowed(Role.R_HR)
    public byte[] payTemplate() {
        return DecisionPayTemplate.xlsx(LocalDate.now(clock).getYear() - 1);
    }

    /** A deduction another organ ordered for the same event (M§29): recorded; the highest of all applies. */
    @RolesAllowed(Role.R_OFFICE)
    public DecisionPay recordDeduction(String decisionNo, DeductionSource source, BigDecimal amount, String reference) {
        Scope scope = scopes.current();
        Decision decision = access.caseRole(scope, decisionNo);
        if (source == null) {
            throw AccountabilityException.invalid("source", "field.required");
        }
        if (source == DeductionSource.ACCOUNTABILITY) {
            throw AccountabilityException.invalid("source", "decision.deduction.ownSource");
        }
        BigDecimal money = Inputs.money("amount", nonZero(amount), false, "decision.money");
        String ref = Inputs.text("reference", reference, 200);
        decisions.persist(new DecisionDeduction(decision, source, money, ref, scope.userId(), clock.instant()));
        decisions.flush();
        access.history(scope, decision, DecisionHistory.Action.DEDUCTION_RECORDED, null, null, null,
                "source=" + source + "; amount=" + money.toPlainString() + "; reference=" + ref);
        audit.record(AuditAction.CREATE, "DECISION_DEDUCTION", decision.decisionNo(),
                List.of(new FieldChange("amount", null, money.toPlainString())));
        return access.pay(decision);
    }

    /** What HR actually recovered or deducted, once the decision is served. */
    @RolesAllowed({Role.R_OFFICE, Role.R_HR})
    public DecisionPay recordRecovery(String decisionNo, LocalDate recoveredOn, BigDecimal amount, String note) {
        Scope scope = scopes.current();
        Decision decision = access.payPart(scope, decisionNo);
        if (decision.status() != DecisionStatus.EFFECTIVE && decision.status() != DecisionStatus.EXECUTED) {
            throw AccountabilityException.conflict("decision.recovery.notServed");
        }
        BigDecimal money = Inputs.money("amount", nonZero(amount), true, "decision.money");
        LocalDate on = access.notFuture("recoveredOn", recoveredOn);
        if (on.isBefore(decision.servedOn())) {
            throw AccountabilityException.invalid("recoveredOn", "decision.recovery.beforeServed");
        }
        String why = Inputs.optional("note", note, 500);
        decisions.persist(new DecisionRecovery(decision, on, money, why, scope.userId(), clock.instant()));
        decisions.flush();
        access.history(scope, decision, DecisionHistory.Action.RECOVERY_RECORDED, null, null, why,
                "amount=" + money.toPlainString() + "; on=" + on);
        audit.record(AuditAction.CREATE, "DECISION_RECOVERY", decision.decisionNo(),
                List.of(new FieldChange("amount", null, money.toPlainString())));
        return access.pay(decision);
    }

    /** A deduction or recovery of nothing is nothing to record: said as such, not as a malformed amount. */
    private static BigDecimal nonZero(BigDecimal amount) {
        if (amount != null && amount.signum() == 0) {
            throw AccountabilityException.invalid("amount", "decision.amount.zero");
        }
        return amount;
    }
}
