package com.soegroup.accountability.decision;

import com.soegroup.accountability.investigation.CaseAccess;
import com.soegroup.accountability.investigation.FaultToleranceEvaluation;
import com.soegroup.accountability.investigation.Investigation;
import com.soegroup.accountability.investigation.InvestigationSubject;
import com.soegroup.accountability.investigation.ResponsibilityFinding;
import com.soegroup.accountability.loss.LossDetermination;
import com.soegroup.accountability.loss.LossRepository;
import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.rule.RuleInputException;
import com.soegroup.accountability.rule.effect.PromotionEffectRule;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.sanction.Outcome;
import com.soegroup.accountability.rule.sanction.Recommendation;
import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.ruleset.CircumstanceClassifier;
import com.soegroup.accountability.ruleset.ExemptionCatalog;
import com.soegroup.accountability.ruleset.RuleService;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.NumberSeries;
import com.soegroup.accountability.shared.Numbering;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one way into a decision for the decision services: finds it for the case roles or for its pay part, shows
 * it, appends to its history, and checks a chosen sanction against what the engine recommends on the case's
 * basis. The services call it with the scope they got from {@code ScopeService}.
 */
@ApplicationScoped
class DecisionAccess {

    static final int MAX_TEXT = 4000;
    static final int MAX_REASON = 2000;
    static final int MAX_PAGE = 500;

    @EJB
    private RuleService rules;

    @Inject
    private CaseAccess cases;

    @Inject
    private DecisionRepository decisions;

    @Inject
    private LossRepository losses;

    @Inject
    private DecisionPayCalculation payCalculation;

    @Inject
    private Numbering numbering;

    @Inject
    private CircumstanceClassifier circumstances;

    @Inject
    private ExemptionCatalog exemptionCatalog;

    @Inject
    private Clock clock;

    // --- finding and showing ----------------------------------------------------------------------------------

    /** A decision for the case roles (OFFICE, LEADER, AUDITOR) of the deciding unit: HR reaches only the pay part. */
    Decision caseRole(Scope scope, String decisionNo) {
        if (!scope.hasAny(Role.OFFICE, Role.LEADER, Role.AUDITOR)) {
            throw AccountabilityException.notFound();
        }
        Decision decision = decisions.findByNo(scope, decisionNo).orElseThrow(AccountabilityException::notFound);
        if (!scope.covers(decision.owner().path())) {
            // found through HR's person scope only
            throw AccountabilityException.notFound();
        }
        return decision;
    }

    /** A decision for its pay part, which holds no case facts: the case roles' scope or HR's person scope. */
    Decision payPart(Scope scope, String decisionNo) {
        return decisions.findByNo(scope, decisionNo).orElseThrow(AccountabilityException::notFound);
    }

    DecisionDetail view(Scope scope, Decision decision) {
        List<ReferralDetail> referrals = decisions.referrals(decision).stream()
                .map(r -> new ReferralDetail(r.id(), r.kind(), r.organ(), r.referredOn(), r.reference(), r.sanction(),
                        r.sanctionedOn(), r.eligibleFrom(), r.version())).toList();
        List<AppealDetail> appeals = decisions.appeals(decision).stream()
                .map(a -> new AppealDetail(a.id(), a.filedOn(), a.grounds(), a.status(), a.resultOn(), a.resultReason(),
                        a.replacement() == null ? null : a.replacement().decisionNo(), a.filedBy(), a.resolvedBy(), a.version()))
                .toList();
        List<DecisionHistoryEntry> history = decisions.history(decision).stream()
                .map(h -> new DecisionHistoryEntry(h.occurredAt(), h.userId(), h.action(), h.fromStatus(), h.toStatus(),
                        h.reason(), h.details())).toList();
        List<DecisionStatus> next = DecisionLifecycle.next(decision.status()).stream()
                .filter(s -> scope.has(DecisionLifecycle.roleFor(s))).toList();
        return new DecisionDetail(decision.decisionNo(), decisions.caseNo(decision).orElse(null), decision.status(),
                decision.employeeNo(), decision.personName(), decision.personEnterprise().code(),
                decision.personEnterprise().fullName(), decision.owner().code(), decision.owner().fullName(),
                decision.responsibility(), decision.lossLevel(), decision.ruleSet(), decision.determinationDate(),
                decision.outcome(), decision.terms(), decision.legalBasis(), decision.facts(), decision.deviation(),
                decision.deviationReason(), decision.lighterBasis(), decision.legalReviewer(), decision.legalReviewedOn(),
                decision.legalOpinion(), decision.proposedBy(), decision.approvedBy(), decision.approvedOn(),
                decision.servedOn(), decision.periodStart(), decision.executedOn(), decision.executionNote(),
                decision.endedOn(), decision.replaces() == null ? null : decision.replaces().decisionNo(),
                decisions.replacementOf(decision).map(Decision::decisionNo).orElse(null), referrals, appeals, history,
                next, decision.version(), circumstances.describe(decisions.violations(scope, decision)), exemptionCitations(decision));
    }

    /** How the decision cites the exempted matters its person's approved evaluation found (免责事项清单). */
    private List<String> exemptionCitations(Decision decision) {
        List<String> found = decisions.exemptions(decision);
        return found.isEmpty() ? List.of() : exemptionCatalog.citations(found.get(0), found.subList(1, found.size()));
    }

    DecisionPay pay(Decision decision) {
        return payCalculation.pay(decision, rules.ruleSet(decision.ruleSet()), decisions.deductions(decision),
                decisions.recoveries(decision));
    }

    void history(Scope scope, Decision decision, DecisionHistory.Action action, DecisionStatus from, DecisionStatus to,
                 String reason, String details) {
        decisions.persist(new DecisionHistory(decision, clock.instant(), scope.userId(), action, from, to, reason, details));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Dates of decisions may lie in the past (decisions taken before they are entered), never in the future. */
    LocalDate notFuture(String field, LocalDate date) {
        return Inputs.notFuture(field, date, today(), "decision.dateInFuture");
    }

    // --- the case a decision is about -------------------------------------------------------------------------

    /** The case of a decision, as readable to the caller. */
    Investigation caseOf(Scope scope, Decision decision) {
        return cases.readable(scope, decisions.caseNo(decision).orElseThrow());
    }

    InvestigationSubject subject(Scope scope, Investigation investigation, String employeeNo) {
        String no = employeeNo == null ? null : employeeNo.strip();
        return cases.subjects(scope, investigation).stream().filter(s -> s.employeeNo().equals(no)).findFirst()
                .orElseThrow(AccountabilityException::notFound);
    }

    InvestigationSubject subjectOf(Scope scope, Investigation investigation, long personId) {
        return cases.subjects(scope, investigation).stream().filter(s -> Objects.equals(s.personId(), personId)).findFirst()
                .orElseThrow(AccountabilityException::notFound);
    }

    /** The next decision number of the deciding unit, drawn once everything that may refuse has been checked. */
    Numbering.Issued number(Enterprise owner) {
        return numbering.next(NumberSeries.DECISION, owner.code(), today().getYear());
    }

    // --- deciding ---------------------------------------------------------------------------------------------

    DecisionBasis basis(Scope scope, Investigation investigation, InvestigationSubject subject) {
        ResponsibilityFinding finding = decisions.finding(subject)
                .orElseThrow(() -> AccountabilityException.refused("decision.needsFinding", subject.employeeNo()));
        LossDetermination determination = losses.determination(scope, investigation).filter(d -> d.level() != null)
                .orElseThrow(() -> AccountabilityException.refused("decision.needsLevel"));
        Optional<FaultToleranceEvaluation> evaluation = decisions.evaluation(subject);
        Recommendation recommendation = rules.recommend(determination.level(), finding.responsibility(), finding.aggravating(),
                evaluation.map(FaultToleranceEvaluation::exclusions).orElse(Set.of()),
                evaluation.map(FaultToleranceEvaluation::conditions).orElse(Set.of()),
                determination.ruleSetUsed(), determination.determinationDate());
        return new DecisionBasis(finding, determination, evaluation, recommendation, rules.ruleSet(recommendation.ruleSetCode()));
    }

    /** Checks the choice against the engine and records it with its deviation. */
    void decide(Decision decision, DecisionBasis basis, DecisionData data) {
        if (data == null || data.terms() == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        if (data.outcome() == null) {
            throw AccountabilityException.invalid("outcome", "field.required");
        }
        if (!basis.recommendation().outcomes().contains(data.outcome())) {
            throw AccountabilityException.refused("decision.outcomeNotAllowed", data.outcome());
        }
        DecisionTerms terms = data.terms();
        checkTerms(terms, basis.ruleSet());
        if (data.outcome() == Outcome.EXEMPTED && !terms.measures().isEmpty()) {
            throw AccountabilityException.invalid("terms.measures", "decision.exemptedWithMeasures");
        }
        String facts = Inputs.text("facts", data.facts(), MAX_TEXT);
        String legalBasis = Inputs.text("legalBasis", data.legalBasis(), 400);
        Deviation deviation = DecisionRules.deviation(terms, basis.recommendation().standard());
        String reason = Inputs.optional("reason", data.reason(), MAX_REASON);
        if (deviation != Deviation.WITHIN && reason == null) {
            throw AccountabilityException.invalid("reason", "decision.reasonRequired");
        }
        LighterBasis lighter = null;
        if (deviation == Deviation.LIGHTER || data.outcome() == Outcome.MITIGATED || data.outcome() == Outcome.EXEMPTED
                || data.outcome() == Outcome.LIGHTER) {
            lighter = lighterBasis(basis.evaluation())
                    .orElseThrow(() -> AccountabilityException.refused("decision.lighterNeedsBasis"));
        }
        decision.decide(data.outcome(), terms, legalBasis, facts, deviation, reason, lighter);
    }

    /**
     * An approved evaluation is the only basis for a lighter decision (rules.md §5, §7): one proposing 减轻 or
     * 免于处理 is fault tolerance; one with mitigating conditions and 从轻 is mitigation.
     */
    static Optional<LighterBasis> lighterBasis(Optional<FaultToleranceEvaluation> evaluation) {
        return evaluation.filter(e -> e.status() == FaultToleranceEvaluation.Status.APPROVED)
                .filter(e -> e.exclusions().isEmpty() && !e.conditions().isEmpty())
                .map(e -> e.outcome() == Outcome.MITIGATED || e.outcome() == Outcome.EXEMPTED
                        ? LighterBasis.FAULT_TOLERANCE : LighterBasis.MITIGATION);
    }

    /** Ban term and percentages as the engine accepts them; the engine's own message names the field. */
    private static void checkTerms(DecisionTerms terms, RuleSet ruleSet) {
        if (terms.performanceSalaryPercent() != null) {
            Inputs.percent("terms.performanceSalaryPercent", terms.performanceSalaryPercent(), "decision.percent");
        }
        if (terms.termIncentivePercent() != null) {
            Inputs.percent("terms.termIncentivePercent", terms.termIncentivePercent(), "decision.percent");
        }
        for (Integer years : new Integer[] {terms.handBackYears(), terms.incentiveBarYears()}) {
            if (years != null && (years < 1 || years > 10)) {
                throw AccountabilityException.invalid("terms", "decision.years");
            }
        }
        if (terms.incentiveBarPermanent() && terms.incentiveBarYears() != null) {
            throw AccountabilityException.invalid("terms.incentiveBarYears", "decision.barBoth");
        }
        boolean ban = terms.measures().contains(Measure.BAN);
        if (!ban && (terms.banYears() != null || terms.banLifetime())) {
            throw AccountabilityException.invalid("terms.banYears", "RuleInput.banTerm");
        }
        if (ban) {
            try {
                PromotionEffectRule.checkBanTerm(terms.banYears(), terms.banLifetime(), ruleSet);
            } catch (RuleInputException e) {
                throw AccountabilityException.invalid("terms.banYears", e.bundleKey());
            }
        }
    }
}
