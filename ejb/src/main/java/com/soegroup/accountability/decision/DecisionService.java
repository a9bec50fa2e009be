package com.soegroup.accountability.decision;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.investigation.CaseAccess;
import com.soegroup.accountability.investigation.CaseJurisdiction;
import com.soegroup.accountability.investigation.FaultToleranceEvaluation;
import com.soegroup.accountability.investigation.Investigation;
import com.soegroup.accountability.investigation.InvestigationStatus;
import com.soegroup.accountability.investigation.InvestigationSubject;
import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.org.Person;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.sanction.Outcome;
import com.soegroup.accountability.rule.sanction.Recommendation;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.CaseDecided;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.Numbering;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Handling decisions (处理决定) per responsible person of a concluded investigation: proposed with the engine's
 * recommendation, reviewed for legality (合法性审查), approved by LEADER, served (effects start), executed. The
 * pay part, referrals, appeals and the papers have services of their own ({@link DecisionPayService},
 * {@link DecisionReferralService}, {@link DecisionAppealService}, {@link DecisionDocumentService}). Every write
 * goes to the decision's history and the audit trail; every read of a decision's content to the audit trail.
 */
@Stateless
@DenyAll
public class DecisionService {

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private DecisionAccess access;

    @Inject
    private CaseAccess cases;

    @Inject
    private CaseJurisdiction jurisdiction;

    @Inject
    private DecisionRepository decisions;

    @Inject
    private Clock clock;

    @Inject
    private Event<CaseDecided> caseDecided;

    @PersistenceContext
    private EntityManager em;

    // --- reading ---------------------------------------------------------------------------------------------

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public DecisionPage list(DecisionStatus status, String text, int first, int max) {
        Scope scope = scopes.current();
        int size = Math.max(1, Math.min(max, DecisionAccess.MAX_PAGE));
        List<Decision> rows = decisions.list(scope, status, text, Math.max(0, first), size);
        Map<Long, String> caseNos = decisions.caseNos(rows);
        List<DecisionSummary> summaries = rows.stream().map(d -> new DecisionSummary(d.decisionNo(),
                caseNos.get(d.investigationId()), d.employeeNo(), d.personName(), d.personEnterprise().fullName(),
                d.terms().measures(), d.outcome(), d.status(), d.servedOn(), d.endedOn(), d.deviation())).toList();
        audit.record(AuditAction.READ, "DECISION_LIST", null, List.of(),
                Map.of("status", status == null ? "" : status.name(), "text", text == null ? "" : text));
        return new DecisionPage(summaries, decisions.count(scope, status, text));
    }

    /** The subjects of a concluded case and their decisions, to start from. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public List<DecisionProposal> proposals(String caseNo) {
        Scope scope = scopes.current();
        Investigation investigation = cases.readable(scope, caseNo);
        List<DecisionProposal> answer = new ArrayList<>();
        for (InvestigationSubject subject : cases.subjects(scope, investigation)) {
            if (decisions.finding(subject).isPresent()) {
                answer.add(proposal(scope, investigation, subject));
            }
        }
        return answer;
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public DecisionProposal proposal(String caseNo, String employeeNo) {
        Scope scope = scopes.current();
        Investigation investigation = cases.readable(scope, caseNo);
        return proposal(scope, investigation, access.subject(scope, investigation, employeeNo));
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public DecisionDetail detail(String decisionNo) {
        Scope scope = scopes.current();
        Decision decision = access.caseRole(scope, decisionNo);
        DecisionDetail detail = access.view(scope, decision);
        audit.record(AuditAction.READ, DecisionRepository.OBJECT_TYPE, decision.decisionNo(), List.of());
        return detail;
    }

    /** Today in the application's time zone, for the date fields' defaults. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR, Role.R_HR})
    public LocalDate today() {
        return access.today();
    }

    // --- proposing and the lifecycle -------------------------------------------------------------------------

    @RolesAllowed(Role.R_OFFICE)
    public DecisionDetail propose(String caseNo, String employeeNo, DecisionData data) {
        Scope scope = scopes.current();
        Investigation investigation = cases.readable(scope, caseNo);
        if (investigation.status() != InvestigationStatus.CONCLUDED) {
            throw AccountabilityException.conflict("decision.caseNotConcluded", investigation.caseNo());
        }
        jurisdiction.requireHandlingUnit(scope, investigation);
        InvestigationSubject subject = access.subject(scope, investigation, employeeNo);
        if (decisions.original(investigation, subject.personId()).isPresent()) {
            throw AccountabilityException.conflict("decision.exists", subject.employeeNo());
        }
        DecisionBasis basis = access.basis(scope, investigation, subject);
        Person person = em.find(Person.class, subject.personId());
        Enterprise owner = investigation.owner();
        Numbering.Issued number = access.number(owner);
        Decision decision = new Decision(number.number(), owner, number.year(), number.serial(),
                investigation.id(), owner, person.id(), person.enterprise(), person.employeeNo(), person.name(),
                basis.finding().responsibility(), basis.determination().level(), basis.determination().ruleSetUsed(),
                basis.determination().determinationDate(), scope.userId(), clock.instant());
        access.decide(decision, basis, data);
        decisions.persist(decision);
        decisions.flush();
        access.history(scope, decision, DecisionHistory.Action.PROPOSED, null, DecisionStatus.PROPOSED, data.reason(),
                "outcome=" + decision.outcome() + "; measures=" + decision.terms().measures() + "; deviation=" + decision.deviation());
        audit.record(AuditAction.CREATE, DecisionRepository.OBJECT_TYPE, decision.decisionNo(), List.of(
                new FieldChange("outcome", null, decision.outcome().name()),
                new FieldChange("measures", null, decision.terms().measures().toString()),
                new FieldChange("deviation", null, decision.deviation().name())));
        return access.view(scope, decision);
    }

    /** Changes a proposal before approval; approved decisions change only through an appeal. */
    @RolesAllowed(Role.R_OFFICE)
    public DecisionDetail revise(String decisionNo, DecisionData data) {
        Scope scope = scopes.current();
        Decision decision = access.caseRole(scope, decisionNo);
        Inputs.version(data == null ? null : data.version(), decision.version());
        if (decision.status() != DecisionStatus.PROPOSED) {
            throw AccountabilityException.conflict("decision.notProposed", decision.status());
        }
        Investigation investigation = access.caseOf(scope, decision);
        InvestigationSubject subject = access.subjectOf(scope, investigation, decision.personId());
        List<Measure> before = decision.terms().measures();
        access.decide(decision, access.basis(scope, investigation, subject), data);
        decisions.flush();
        access.history(scope, decision, DecisionHistory.Action.REVISED, null, null, data.reason(),
                "outcome=" + decision.outcome() + "; measures=" + decision.terms().measures() + "; deviation=" + decision.deviation());
        audit.record(AuditAction.UPDATE, DecisionRepository.OBJECT_TYPE, decision.decisionNo(),
                List.of(new FieldChange("measures", before.toString(), decision.terms().measures().toString())));
        return access.view(scope, decision);
    }

    /** 合法性审查: the legal department's sign-off, recorded by OFFICE before LEADER may approve. */
    @RolesAllowed(Role.R_OFFICE)
    public DecisionDetail recordLegalReview(String decisionNo, String reviewer, LocalDate reviewedOn, String opinion,
                                                  Integer version) {
        Scope scope = scopes.current();
        Decision decision = access.caseRole(scope, decisionNo);
        Inputs.version(version, decision.version());
        if (decision.status() != DecisionStatus.PROPOSED) {
            throw AccountabilityException.conflict("decision.notProposed", decision.status());
        }
        String who = Inputs.text("reviewer", reviewer, 100);
        String what = Inputs.text("opinion", opinion, DecisionAccess.MAX_REASON);
        LocalDate on = access.notFuture("reviewedOn", reviewedOn);
        decision.recordLegalReview(who, on, what, scope.userId());
        decisions.flush();
        access.history(scope, decision, DecisionHistory.Action.LEGAL_REVIEW, null, null, what, "reviewer=" + who + "; on=" + on);
        audit.record(AuditAction.UPDATE, DecisionRepository.OBJECT_TYPE, decision.decisionNo(),
                List.of(new FieldChange("legalReviewedOn", null, on.toString())));
        return access.view(scope, decision);
    }

    /**
     * A lifecycle step: APPROVED (LEADER, after the legal review, on the meeting's date, today unless given),
     * EFFECTIVE (OFFICE, on the serving date: effects start then), EXECUTED (OFFICE, when the measures were carried
     * out). Dates may lie in the past (decisions taken before they are entered), never in the future. Anything else
     * is a conflict.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER})
    public DecisionDetail transition(String decisionNo, DecisionStatus to, LocalDate on, String note, Integer version) {
        Scope scope = scopes.current();
        Decision decision = access.caseRole(scope, decisionNo);
        Inputs.version(version, decision.version());
        DecisionStatus from = decision.status();
        if (to == null) {
            throw AccountabilityException.invalid("to", "field.required");
        }
        if (!DecisionLifecycle.allowed(from, to)) {
            throw AccountabilityException.conflict("decision.transition.illegal", from, to);
        }
        if (!scope.has(DecisionLifecycle.roleFor(to))) {
            throw AccountabilityException.conflict("decision.transition.role", to);
        }
        String why = Inputs.optional("note", note, 2000);
        switch (to) {
            case APPROVED -> {
                jurisdiction.requireHandlingUnit(scope, decision.investigationId());
                String blocker = DecisionLifecycle.blocker(to, decision.legalReviewedOn());
                if (blocker != null) {
                    throw AccountabilityException.refused(blocker);
                }
                LocalDate approved = access.notFuture("date", on == null ? access.today() : on);
                if (approved.isBefore(decision.legalReviewedOn())) {
                    throw AccountabilityException.invalid("date", "decision.approvedBeforeReview");
                }
                decision.approve(approved, scope.userId(), clock.instant());
            }
            case EFFECTIVE -> {
                LocalDate served = access.notFuture("date", on);
                if (served.isBefore(decision.approvedOn())) {
                    throw AccountabilityException.invalid("date", "decision.servedBeforeApproval");
                }
                decision.serve(served, served, scope.userId());
            }
            case EXECUTED -> {
                LocalDate executed = access.notFuture("date", on);
                if (executed.isBefore(decision.servedOn())) {
                    throw AccountabilityException.invalid("date", "decision.executedBeforeServed");
                }
                decision.execute(executed, why, scope.userId());
            }
            default -> throw AccountabilityException.conflict("decision.transition.illegal", from, to);
        }
        decisions.flush();
        access.history(scope, decision, DecisionHistory.Action.TRANSITION, from, to, why, on == null ? null : "date=" + on);
        if (to == DecisionStatus.APPROVED && decided(scope, decision)) {
            // the one-event-one-report ends with the case's decision, in this transaction
            caseDecided.fire(new CaseDecided(decision.investigationId(), decision.approvedOn(), scope.userId()));
        }
        audit.record(AuditAction.STATE_CHANGE, DecisionRepository.OBJECT_TYPE, decision.decisionNo(),
                List.of(new FieldChange("status", from.name(), to.name())));
        return access.view(scope, decision);
    }

    /**
     * Why no decision can be proposed for this case yet (a bundle key with the case's status), or empty when the
     * form may be offered: the case must be concluded first.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public Optional<String> proposalBlocker(String caseNo) {
        Scope scope = scopes.current();
        Investigation investigation = cases.readable(scope, caseNo);
        return Optional.ofNullable(DecisionRules.proposalBlocker(investigation.status()));
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** Whether every person found responsible in the decision's case has an approved decision now: the case is decided. */
    private boolean decided(Scope scope, Decision decision) {
        Investigation investigation = em.find(Investigation.class, decision.investigationId());
        for (InvestigationSubject subject : cases.subjects(scope, investigation)) {
            if (decisions.finding(subject).isPresent() && decisions.original(investigation, subject.personId())
                    .map(d -> d.status() == DecisionStatus.PROPOSED).orElse(true)) {
                return false;
            }
        }
        return true;
    }

    private DecisionProposal proposal(Scope scope, Investigation investigation, InvestigationSubject subject) {
        DecisionBasis basis = access.basis(scope, investigation, subject);
        Recommendation r = basis.recommendation();
        RecommendedSanction recommended = new RecommendedSanction(r.measures(), r.performanceSalaryPercent(),
                r.termIncentivePercent(), r.deferPerformanceSalary(), r.endUnexercisedRights(), r.handBackYears(),
                r.incentiveBarYears(), r.incentiveBarPermanent(), r.outcomes(), r.articles(), basis.ruleSet().ban().minimumYears());
        // the light end of each range: a person raises it deliberately; the measures and the further pay terms
        // (defer, end rights, hand back, bar) are left to choose, beside the row that recommends them
        DecisionTerms prefill = new DecisionTerms(List.of(), null, false,
                r.performanceSalaryPercent() == null ? null : r.performanceSalaryPercent().min(),
                r.termIncentivePercent() == null ? null : r.termIncentivePercent().min(),
                false, false, null, null, false);
        Outcome outcome = DecisionRules.prefilledOutcome(r.outcomes(),
                basis.evaluation().filter(e -> e.status() == FaultToleranceEvaluation.Status.APPROVED)
                        .map(FaultToleranceEvaluation::outcome).orElse(null));
        String legalBasis = String.join("、", r.articles());
        DecisionData data = new DecisionData(outcome, prefill, legalBasis,
                basis.finding().facts(), null, null);
        return new DecisionProposal(investigation.caseNo(), subject.employeeNo(), subject.name(),
                basis.finding().responsibility(), basis.determination().level(), r.ruleSetCode(),
                basis.determination().determinationDate(), recommended, data, DecisionAccess.lighterBasis(basis.evaluation()).orElse(null),
                decisions.original(investigation, subject.personId()).map(Decision::decisionNo).orElse(null));
    }
}
