package com.soegroup.accountability.decision;

import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.ruleset.RuleService;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.Task;
import com.soegroup.accountability.shared.TaskKind;
import com.soegroup.accountability.shared.TaskSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The decisions' open work: legality reviews and serving for the office, approvals (待审批决定) and appeals for
 * the leading group, and for HR the served decisions that deduct pay while the person's pay is not entered
 * (待录入薪酬). No rule sets these steps a deadline, so none of them is overdue; each leaves the list with its step.
 */
@Stateless
public class DecisionTaskSource implements TaskSource {

    @Inject
    private DecisionRepository decisions;

    @Inject
    private DecisionPayCalculation payCalculation;

    @EJB
    private RuleService rules;

    @Override
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<Task> tasks(Scope scope, LocalDate today) {
        List<Task> tasks = new ArrayList<>();
        if (scope.hasAny(Role.OFFICE, Role.LEADER)) {
            for (Decision d : decisions.list(scope, DecisionStatus.PROPOSED, null, 0, MAX_PER_KIND)) {
                if (d.legalReviewedOn() == null && scope.has(Role.OFFICE)) {
                    tasks.add(task(TaskKind.LEGAL_REVIEW_NEEDED, d, today));
                } else if (d.legalReviewedOn() != null && scope.has(Role.LEADER)) {
                    tasks.add(task(TaskKind.AWAITING_APPROVAL, d, today));
                }
            }
        }
        if (scope.has(Role.OFFICE)) {
            decisions.list(scope, DecisionStatus.APPROVED, null, 0, MAX_PER_KIND).forEach(d -> tasks.add(task(TaskKind.TO_SERVE, d, today)));
        }
        if (scope.has(Role.LEADER)) {
            decisions.openAppeals(scope).forEach(a -> tasks.add(task(TaskKind.APPEAL_AWAITING_RESULT, a.decision(), today)));
        }
        if (scope.has(Role.HR)) {
            payDataMissing(scope, today, tasks);
        }
        return tasks;
    }

    /** HR's worklist lines that cannot be computed: the pay part only, never the case. */
    private void payDataMissing(Scope scope, LocalDate today, List<Task> tasks) {
        List<Decision> served = decisions.served(scope, null, MAX_PER_KIND).stream()
                .filter(d -> d.status() == DecisionStatus.EFFECTIVE).toList();
        Map<String, RuleSet> ruleSets = new HashMap<>();
        payCalculation.pays(served, code -> ruleSets.computeIfAbsent(code, rules::ruleSet), decisions.deductions(served),
                        decisions.recoveries(served)).stream()
                .filter(p -> p.missingKey() != null)
                .forEach(p -> tasks.add(Task.due(TaskKind.PAY_DATA_MISSING, p.decisionNo(), p.name() + " · " + p.enterpriseName(),
                        null, today, payLink(p))));
    }

    /** Where the missing pay is entered (the person and year filled in); other missing data: the worklist itself. */
    private static String payLink(DecisionPay p) {
        if ("decision.pay.missing".equals(p.missingKey()) && !p.missingArgs().isEmpty()) {
            return "/effect/pay.xhtml?person=" + URLEncoder.encode(p.employeeNo(), StandardCharsets.UTF_8)
                    + "&year=" + p.missingArgs().get(0);
        }
        return "/decision/pay-instructions.xhtml";
    }

    private Task task(TaskKind kind, Decision d, LocalDate today) {
        return Task.due(kind, d.decisionNo(), d.personName() + " · " + d.personEnterprise().fullName(), null, today,
                "/decision/decision.xhtml?no=" + d.decisionNo());
    }
}
