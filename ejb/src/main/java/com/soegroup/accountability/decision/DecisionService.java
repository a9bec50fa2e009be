package com.soegroup.accountability.decision;

import com.lowagie.text.pdf.BaseFont;
import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.investigation.CaseAccess;
import com.soegroup.accountability.investigation.FaultToleranceEvaluation;
import com.soegroup.accountability.investigation.Investigation;
import com.soegroup.accountability.investigation.InvestigationStatus;
import com.soegroup.accountability.investigation.InvestigationSubject;
import com.soegroup.accountability.investigation.ResponsibilityFinding;
import com.soegroup.accountability.loss.LossDetermination;
import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.org.Person;
import com.soegroup.accountability.rule.RuleInputException;
import com.soegroup.accountability.rule.effect.PromotionEffectRule;
import com.soegroup.accountability.rule.payback.DeductionSource;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.sanction.Outcome;
import com.soegroup.accountability.rule.sanction.Recommendation;
import com.soegroup.accountability.rule.sanction.SanctionRow;
import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.ruleset.RuleService;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.NumberSeries;
import com.soegroup.accountability.shared.Numbering;
import com.soegroup.accountability.shared.PdfFont;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Handling decisions (处理决定) per responsible person of a concluded investigation: proposed with the engine's
 * recommendation, reviewed for legality (合法性审查), approved by LEADER, served (effects start), executed; pay
 * claw-back, other organs' deductions, referrals and appeals. Every write goes to the decision's history and the
 * audit trail; every read of a decision's content to the audit trail.
 */
@Stateless
@DenyAll
public class DecisionService {

    static final int MAX_TEXT = 4000;
    static final int MAX_REASON = 2000;
    static final int MAX_PAGE = 500;

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @EJB
    private RuleService rules;

    @Inject
    private CaseAccess cases;

    @Inject
    private DecisionRepository decisions;

    @Inject
    private DecisionPayCalculation payCalculation;

    @Inject
    private Numbering numbering;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    // --- reading ----------------------------------------------------------------------------------------------

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public DecisionPage list(DecisionStatus status, String text, int first, int max) {
        Scope scope = scopes.current();
        int size = Math.max(1, Math.min(max, MAX_PAGE));
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
        return proposal(scope, investigation, subject(scope, investigation, employeeNo));
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public DecisionDetail detail(String decisionNo) {
        Scope scope = scopes.current();
        Decision decision = caseRole(scope, decisionNo);
        DecisionDetail detail = view(scope, decision);
        audit.record(AuditAction.READ, DecisionRepository.OBJECT_TYPE, decision.decisionNo(), List.of());
        return detail;
    }

    /** The pay part, for HR as well: it holds no case facts. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR, Role.R_HR})
    public DecisionPay pay(String decisionNo) {
        Scope scope = scopes.current();
        Decision decision = decisions.findByNo(scope, decisionNo).orElseThrow(AccountabilityException::notFound);
        DecisionPay pay = pay(decision);
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
        int size = Math.max(1, Math.min(max, MAX_PAGE));
        List<Decision> served = decisions.served(scope, text, size);
        Map<String, RuleSet> ruleSets = new java.util.HashMap<>();
        List<DecisionPay> answer = payCalculation.pays(served, code -> ruleSets.computeIfAbsent(code, rules::ruleSet),
                decisions.deductions(served), decisions.recoveries(served));
        audit.record(AuditAction.READ, "DECISION_PAY_LIST", null, List.of(), Map.of("text", text == null ? "" : text));
        return answer;
    }

    /** The caller's open work on decisions of its scope: reviews and serving for OFFICE, approvals and appeals for LEADER. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<DecisionTask> tasks() {
        Scope scope = scopes.current();
        List<DecisionTask> tasks = new ArrayList<>();
        if (!scope.hasAny(Role.OFFICE, Role.LEADER)) {
            return tasks;
        }
        java.time.ZoneId zone = clock.getZone();
        for (Decision d : decisions.list(scope, DecisionStatus.PROPOSED, null, 0, MAX_PAGE)) {
            if (d.legalReviewedOn() == null && scope.has(Role.OFFICE)) {
                tasks.add(new DecisionTask(DecisionTask.Kind.LEGAL_REVIEW_NEEDED, d.decisionNo(), d.personName(),
                        LocalDate.ofInstant(d.proposedAt(), zone)));
            } else if (d.legalReviewedOn() != null && scope.has(Role.LEADER)) {
                tasks.add(new DecisionTask(DecisionTask.Kind.AWAITING_APPROVAL, d.decisionNo(), d.personName(), d.legalReviewedOn()));
            }
        }
        if (scope.has(Role.OFFICE)) {
            decisions.list(scope, DecisionStatus.APPROVED, null, 0, MAX_PAGE).forEach(d -> tasks.add(new DecisionTask(
                    DecisionTask.Kind.TO_SERVE, d.decisionNo(), d.personName(), LocalDate.ofInstant(d.approvedAt(), zone))));
        }
        if (scope.has(Role.LEADER)) {
            decisions.openAppeals(scope).forEach(a -> tasks.add(new DecisionTask(DecisionTask.Kind.APPEAL_AWAITING_RESULT,
                    a.decision().decisionNo(), a.decision().personName(), a.filedOn())));
        }
        tasks.sort(java.util.Comparator.comparing(DecisionTask::since).thenComparing(DecisionTask::decisionNo));
        return tasks;
    }

    /** Today in the application's time zone, for the date fields' defaults. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR, Role.R_HR})
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- proposing and the lifecycle --------------------------------------------------------------------------

    @RolesAllowed(Role.R_OFFICE)
    public DecisionDetail propose(String caseNo, String employeeNo, DecisionData data) {
        Scope scope = scopes.current();
        Investigation investigation = cases.readable(scope, caseNo);
        if (investigation.status() != InvestigationStatus.CONCLUDED) {
            throw AccountabilityException.conflict("decision.caseNotConcluded", investigation.caseNo());
        }
        InvestigationSubject subject = subject(scope, investigation, employeeNo);
        if (decisions.original(investigation, subject.personId()).isPresent()) {
            throw AccountabilityException.conflict("decision.exists", subject.employeeNo());
        }
        Basis basis = basis(investigation, subject);
        Person person = em.find(Person.class, subject.personId());
        Enterprise owner = investigation.owner();
        Numbering.Issued number = numbering.next(NumberSeries.DECISION, owner.code(), LocalDate.now(clock).getYear());
        Decision decision = new Decision(number.number(), owner, number.year(), number.serial(),
                investigation.id(), owner, person.id(), person.enterprise(), person.employeeNo(), person.name(),
                basis.finding().responsibility(), basis.determination().level(), basis.determination().ruleSetUsed(),
                basis.determination().determinationDate(), scope.userId(), clock.instant());
        decide(decision, basis, data);
        decisions.persist(decision);
        decisions.flush();
        history(scope, decision, DecisionHistory.Action.PROPOSED, null, DecisionStatus.PROPOSED, data.reason(),
                "outcome=" + decision.outcome() + "; measures=" + decision.terms().measures() + "; deviation=" + decision.deviation());
        audit.record(AuditAction.CREATE, DecisionRepository.OBJECT_TYPE, decision.decisionNo(), List.of(
                new FieldChange("outcome", null, decision.outcome().name()),
                new FieldChange("measures", null, decision.terms().measures().toString()),
                new FieldChange("deviation", null, decision.deviation().name())));
        return view(scope, decision);
    }

    /** Changes a proposal before approval; approved decisions change only through an appeal. */
    @RolesAllowed(Role.R_OFFICE)
    public DecisionDetail revise(String decisionNo, DecisionData data) {
        Scope scope = scopes.current();
        Decision decision = caseRole(scope, decisionNo);
        Inputs.version(data == null ? null : data.version(), decision.version());
        if (decision.status() != DecisionStatus.PROPOSED) {
            throw AccountabilityException.conflict("decision.notProposed", decision.status().name());
        }
        Investigation investigation = cases.readable(scope, decisions.caseNo(decision).orElseThrow());
        InvestigationSubject subject = subjectOf(scope, investigation, decision.personId());
        List<Measure> before = decision.terms().measures();
        decide(decision, basis(investigation, subject), data);
        decisions.flush();
        history(scope, decision, DecisionHistory.Action.REVISED, null, null, data.reason(),
                "outcome=" + decision.outcome() + "; measures=" + decision.terms().measures() + "; deviation=" + decision.deviation());
        audit.record(AuditAction.UPDATE, DecisionRepository.OBJECT_TYPE, decision.decisionNo(),
                List.of(new FieldChange("measures", before.toString(), decision.terms().measures().toString())));
        return view(scope, decision);
    }

    /** 合法性审查: the legal department's sign-off, recorded by OFFICE before LEADER may approve. */
    @RolesAllowed(Role.R_OFFICE)
    public DecisionDetail recordLegalReview(String decisionNo, String reviewer, LocalDate reviewedOn, String opinion,
                                                  Integer version) {
        Scope scope = scopes.current();
        Decision decision = caseRole(scope, decisionNo);
        Inputs.version(version, decision.version());
        if (decision.status() != DecisionStatus.PROPOSED) {
            throw AccountabilityException.conflict("decision.notProposed", decision.status().name());
        }
        String who = Inputs.text("reviewer", reviewer, 100);
        String what = Inputs.text("opinion", opinion, MAX_REASON);
        LocalDate on = notFuture("reviewedOn", reviewedOn);
        decision.recordLegalReview(who, on, what, scope.userId());
        decisions.flush();
        history(scope, decision, DecisionHistory.Action.LEGAL_REVIEW, null, null, what, "reviewer=" + who + "; on=" + on);
        audit.record(AuditAction.UPDATE, DecisionRepository.OBJECT_TYPE, decision.decisionNo(),
                List.of(new FieldChange("legalReviewedOn", null, on.toString())));
        return view(scope, decision);
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
        Decision decision = caseRole(scope, decisionNo);
        Inputs.version(version, decision.version());
        DecisionStatus from = decision.status();
        if (to == null) {
            throw AccountabilityException.invalid("to", "field.required");
        }
        if (!DecisionLifecycle.allowed(from, to)) {
            throw AccountabilityException.conflict("decision.transition.illegal", from.name(), to.name());
        }
        if (!scope.has(DecisionLifecycle.roleFor(to))) {
            throw AccountabilityException.conflict("decision.transition.role", to.name());
        }
        String why = Inputs.strip(note);
        switch (to) {
            case APPROVED -> {
                if (decision.legalReviewedOn() == null) {
                    throw AccountabilityException.refused("decision.legalReviewMissing");
                }
                LocalDate approved = notFuture("date", on == null ? LocalDate.now(clock) : on);
                if (approved.isBefore(decision.legalReviewedOn())) {
                    throw AccountabilityException.invalid("date", "decision.approvedBeforeReview");
                }
                decision.approve(approved, scope.userId(), clock.instant());
            }
            case EFFECTIVE -> {
                LocalDate served = notFuture("date", on);
                if (served.isBefore(decision.approvedOn())) {
                    throw AccountabilityException.invalid("date", "decision.servedBeforeApproval");
                }
                decision.serve(served, served, scope.userId());
            }
            case EXECUTED -> {
                LocalDate executed = notFuture("date", on);
                if (executed.isBefore(decision.servedOn())) {
                    throw AccountabilityException.invalid("date", "decision.executedBeforeServed");
                }
                decision.execute(executed, why, scope.userId());
            }
            default -> throw AccountabilityException.conflict("decision.transition.illegal", from.name(), to.name());
        }
        decisions.flush();
        history(scope, decision, DecisionHistory.Action.TRANSITION, from, to, why, on == null ? null : "date=" + on);
        audit.record(AuditAction.STATE_CHANGE, DecisionRepository.OBJECT_TYPE, decision.decisionNo(),
                List.of(new FieldChange("status", from.name(), to.name())));
        return view(scope, decision);
    }

    // --- pay ----------------------------------------------------------------------------------------------------

    /** A deduction another organ ordered for the same event (M§29): recorded; the highest of all applies. */
    @RolesAllowed(Role.R_OFFICE)
    public DecisionPay recordDeduction(String decisionNo, DeductionSource source, BigDecimal amount, String reference) {
        Scope scope = scopes.current();
        Decision decision = caseRole(scope, decisionNo);
        if (source == null) {
            throw AccountabilityException.invalid("source", "field.required");
        }
        if (source == DeductionSource.ACCOUNTABILITY) {
            throw AccountabilityException.invalid("source", "decision.deduction.ownSource");
        }
        BigDecimal money = Inputs.money("amount", amount, false, "decision.money");
        String ref = Inputs.text("reference", reference, 200);
        decisions.persist(new DecisionDeduction(decision, source, money, ref, scope.userId(), clock.instant()));
        decisions.flush();
        history(scope, decision, DecisionHistory.Action.DEDUCTION_RECORDED, null, null, null,
                "source=" + source + "; amount=" + money.toPlainString() + "; reference=" + ref);
        audit.record(AuditAction.CREATE, "DECISION_DEDUCTION", decision.decisionNo(),
                List.of(new FieldChange("amount", null, money.toPlainString())));
        return pay(decision);
    }

    /** What HR actually recovered or deducted, once the decision is served. */
    @RolesAllowed({Role.R_OFFICE, Role.R_HR})
    public DecisionPay recordRecovery(String decisionNo, LocalDate recoveredOn, BigDecimal amount, String note) {
        Scope scope = scopes.current();
        Decision decision = decisions.findByNo(scope, decisionNo).orElseThrow(AccountabilityException::notFound);
        if (decision.status() != DecisionStatus.EFFECTIVE && decision.status() != DecisionStatus.EXECUTED) {
            throw AccountabilityException.conflict("decision.recovery.notServed");
        }
        BigDecimal money = Inputs.money("amount", amount, true, "decision.money");
        LocalDate on = notFuture("recoveredOn", recoveredOn);
        if (on.isBefore(decision.servedOn())) {
            throw AccountabilityException.invalid("recoveredOn", "decision.recovery.beforeServed");
        }
        String why = Inputs.optional("note", note, 500);
        decisions.persist(new DecisionRecovery(decision, on, money, why, scope.userId(), clock.instant()));
        decisions.flush();
        history(scope, decision, DecisionHistory.Action.RECOVERY_RECORDED, null, null, why,
                "amount=" + money.toPlainString() + "; on=" + on);
        audit.record(AuditAction.CREATE, "DECISION_RECOVERY", decision.decisionNo(),
                List.of(new FieldChange("amount", null, money.toPlainString())));
        return pay(decision);
    }

    // --- referrals ----------------------------------------------------------------------------------------------

    @RolesAllowed(Role.R_OFFICE)
    public DecisionDetail refer(String decisionNo, ReferralKind kind, String organ, LocalDate referredOn, String reference) {
        Scope scope = scopes.current();
        Decision decision = caseRole(scope, decisionNo);
        if (kind == null) {
            throw AccountabilityException.invalid("kind", "field.required");
        }
        String to = Inputs.text("organ", organ, 200);
        String ref = Inputs.text("reference", reference, 200);
        LocalDate on = notFuture("referredOn", referredOn);
        decisions.persist(new DecisionReferral(decision, kind, to, on, ref, scope.userId(), clock.instant()));
        decisions.flush();
        history(scope, decision, DecisionHistory.Action.REFERRED, null, null, null,
                "kind=" + kind + "; organ=" + to + "; reference=" + ref + "; on=" + on);
        audit.record(AuditAction.CREATE, "DECISION_REFERRAL", decision.decisionNo(), List.of(new FieldChange("kind", null, kind.name())));
        return view(scope, decision);
    }

    /**
     * The disciplinary sanction that came back from a referral, and its influence period in months: promotion is
     * barred until the period ends (rules.md §8 last row; the longer period governs).
     */
    @RolesAllowed(Role.R_OFFICE)
    public DecisionDetail recordSanction(String decisionNo, long referralId, String sanction, LocalDate sanctionedOn,
                                               Integer influenceMonths, Integer version) {
        Scope scope = scopes.current();
        Decision decision = caseRole(scope, decisionNo);
        DecisionReferral referral = decisions.referrals(decision).stream().filter(r -> r.id() == referralId).findFirst()
                .orElseThrow(AccountabilityException::notFound);
        Inputs.version(version, referral.version());
        String what = Inputs.text("sanction", sanction, 200);
        LocalDate on = notFuture("sanctionedOn", sanctionedOn);
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
        history(scope, decision, DecisionHistory.Action.SANCTION_RECORDED, null, null, null,
                "referral=" + referralId + "; sanction=" + what + "; on=" + on + "; eligibleFrom=" + eligibleFrom);
        audit.record(AuditAction.UPDATE, "DECISION_REFERRAL", decision.decisionNo(),
                List.of(new FieldChange("sanction", null, what)));
        return view(scope, decision);
    }

    // --- appeals ------------------------------------------------------------------------------------------------

    /** An appeal (M§38) against a served decision; it suspends nothing. */
    @RolesAllowed(Role.R_OFFICE)
    public DecisionDetail fileAppeal(String decisionNo, LocalDate filedOn, String grounds) {
        Scope scope = scopes.current();
        Decision decision = caseRole(scope, decisionNo);
        if (!decision.inForce()) {
            throw AccountabilityException.conflict("decision.appeal.notInForce", decision.status().name());
        }
        if (decisions.appeals(decision).stream().anyMatch(a -> a.status() == AppealStatus.FILED)) {
            throw AccountabilityException.conflict("decision.appeal.open");
        }
        LocalDate on = notFuture("filedOn", filedOn);
        if (on.isBefore(decision.servedOn())) {
            throw AccountabilityException.invalid("filedOn", "decision.appeal.beforeServed");
        }
        String why = Inputs.text("grounds", grounds, MAX_TEXT);
        decisions.persist(new DecisionAppeal(decision, on, why, scope.userId()));
        decisions.flush();
        history(scope, decision, DecisionHistory.Action.APPEAL_FILED, null, null, why, "filedOn=" + on);
        audit.record(AuditAction.CREATE, "DECISION_APPEAL", decision.decisionNo(), List.of(new FieldChange("filedOn", null, on.toString())));
        return view(scope, decision);
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
        Decision decision = caseRole(scope, decisionNo);
        DecisionAppeal appeal = decisions.appeals(decision).stream().filter(a -> a.id() == appealId).findFirst()
                .orElseThrow(AccountabilityException::notFound);
        Inputs.version(version, appeal.version());
        if (appeal.status() != AppealStatus.FILED) {
            throw AccountabilityException.conflict("decision.appeal.resolved");
        }
        if (result == null || result == AppealStatus.FILED) {
            throw AccountabilityException.invalid("result", "decision.appeal.result");
        }
        LocalDate on = notFuture("resultOn", resultOn);
        if (on.isBefore(appeal.filedOn())) {
            throw AccountabilityException.invalid("resultOn", "decision.appeal.resultBeforeFiled");
        }
        String why = Inputs.text("reason", reason, MAX_REASON);
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
        history(scope, decision, DecisionHistory.Action.APPEAL_RESOLVED, null, null, why,
                "result=" + result + "; on=" + on + (replacing == null ? "" : "; replacement=" + replacing.decisionNo()));
        audit.record(AuditAction.STATE_CHANGE, "DECISION_APPEAL", decision.decisionNo(),
                List.of(new FieldChange("appeal", AppealStatus.FILED.name(), result.name())));
        return view(scope, decision);
    }

    // --- documents ---------------------------------------------------------------------------------------------

    /** The handling decision (处理决定书) as a PDF; marked as a draft until approved. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public byte[] documentPdf(String decisionNo, Function<String, String> texts) {
        Scope scope = scopes.current();
        Decision decision = caseRole(scope, decisionNo);
        byte[] pdf = DecisionDocuments.decision(view(scope, decision), texts, font());
        audit.record(AuditAction.EXPORT, DecisionRepository.OBJECT_TYPE, decision.decisionNo(), List.of(),
                Map.of("part", "document", "bytes", pdf.length));
        return pdf;
    }

    /** The pay instruction for HR (no case facts) as PDF, or as a worksheet when {@code xlsx}. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR, Role.R_HR})
    public byte[] payInstruction(String decisionNo, boolean xlsx, Function<String, String> texts) {
        Scope scope = scopes.current();
        Decision decision = decisions.findByNo(scope, decisionNo).orElseThrow(AccountabilityException::notFound);
        DecisionPay pay = pay(decision);
        byte[] bytes = xlsx ? DecisionDocuments.payInstructionXlsx(pay, texts)
                : DecisionDocuments.payInstructionPdf(pay, texts, font());
        audit.record(AuditAction.EXPORT, DecisionRepository.OBJECT_TYPE, decision.decisionNo(), List.of(),
                Map.of("part", "payInstruction", "format", xlsx ? "xlsx" : "pdf", "bytes", bytes.length));
        return bytes;
    }

    private static BaseFont font() {
        BaseFont font = PdfFont.load();
        if (font == null) {
            throw AccountabilityException.refused("report.font.missing");
        }
        return font;
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** What a decision for a subject rests on: the finding, the loss determination and the engine's advice. */
    record Basis(ResponsibilityFinding finding, LossDetermination determination,
                 Optional<FaultToleranceEvaluation> evaluation, Recommendation recommendation, RuleSet ruleSet) {
    }

    private Basis basis(Investigation investigation, InvestigationSubject subject) {
        ResponsibilityFinding finding = decisions.finding(subject)
                .orElseThrow(() -> AccountabilityException.refused("decision.needsFinding", subject.employeeNo()));
        LossDetermination determination = decisions.determination(investigation)
                .orElseThrow(() -> AccountabilityException.refused("decision.needsLevel"));
        Optional<FaultToleranceEvaluation> evaluation = decisions.evaluation(subject);
        Recommendation recommendation = rules.recommend(determination.level(), finding.responsibility(), finding.aggravating(),
                evaluation.map(FaultToleranceEvaluation::exclusions).orElse(Set.of()),
                evaluation.map(FaultToleranceEvaluation::conditions).orElse(Set.of()),
                determination.ruleSetUsed(), determination.determinationDate());
        return new Basis(finding, determination, evaluation, recommendation, rules.ruleSet(recommendation.ruleSetCode()));
    }

    /** Checks the choice against the engine and records it with its deviation. */
    private void decide(Decision decision, Basis basis, DecisionData data) {
        if (data == null || data.terms() == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        if (data.outcome() == null) {
            throw AccountabilityException.invalid("outcome", "field.required");
        }
        if (!basis.recommendation().outcomes().contains(data.outcome())) {
            throw AccountabilityException.refused("decision.outcomeNotAllowed", data.outcome().name());
        }
        DecisionTerms terms = data.terms();
        checkTerms(terms, basis.ruleSet());
        if (data.outcome() == Outcome.EXEMPTED && !terms.measures().isEmpty()) {
            throw AccountabilityException.invalid("terms.measures", "decision.exemptedWithMeasures");
        }
        String facts = Inputs.text("facts", data.facts(), MAX_TEXT);
        String legalBasis = Inputs.text("legalBasis", data.legalBasis(), 400);
        SanctionRow row = basis.recommendation().standard();
        Deviation deviation = DecisionRules.deviation(terms, row);
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

    /**
     * An approved evaluation is the only basis for a lighter decision (rules.md §5, §7): one proposing 减轻 or
     * 免于处理 is fault tolerance; one with mitigating conditions and 从轻 is mitigation.
     */
    private static Optional<LighterBasis> lighterBasis(Optional<FaultToleranceEvaluation> evaluation) {
        return evaluation.filter(e -> e.status() == FaultToleranceEvaluation.Status.APPROVED)
                .filter(e -> e.exclusions().isEmpty() && !e.conditions().isEmpty())
                .map(e -> e.outcome() == Outcome.MITIGATED || e.outcome() == Outcome.EXEMPTED
                        ? LighterBasis.FAULT_TOLERANCE : LighterBasis.MITIGATION);
    }

    private Decision replace(Scope scope, Decision original, DecisionReplacement replacement, LocalDate on) {
        Investigation investigation = cases.readable(scope, decisions.caseNo(original).orElseThrow());
        InvestigationSubject subject = subjectOf(scope, investigation, original.personId());
        Basis basis = basis(investigation, subject);
        String reviewer = Inputs.text("replacement.legalReviewer", replacement.legalReviewer(), 100);
        String opinion = Inputs.text("replacement.legalOpinion", replacement.legalOpinion(), MAX_REASON);
        Enterprise owner = original.owner();
        Numbering.Issued number = numbering.next(NumberSeries.DECISION, owner.code(), LocalDate.now(clock).getYear());
        Decision changed = new Decision(number.number(), owner, number.year(), number.serial(),
                original.investigationId(), owner, original.personId(), original.personEnterprise(), original.employeeNo(),
                original.personName(), original.responsibility(), original.lossLevel(), original.ruleSet(),
                original.determinationDate(), scope.userId(), clock.instant());
        decide(changed, basis, replacement.data());
        changed.replacing(original);
        changed.recordLegalReview(reviewer, on, opinion, scope.userId());
        changed.approve(on, scope.userId(), clock.instant());
        changed.serve(on, original.periodStart(), scope.userId());
        decisions.persist(changed);
        decisions.flush();
        history(scope, changed, DecisionHistory.Action.REPLACED, null, DecisionStatus.EFFECTIVE, null,
                "replaces=" + original.decisionNo() + "; from=" + on + "; measures=" + changed.terms().measures());
        audit.record(AuditAction.CREATE, DecisionRepository.OBJECT_TYPE, changed.decisionNo(), List.of(
                new FieldChange("replaces", null, original.decisionNo()),
                new FieldChange("measures", null, changed.terms().measures().toString())));
        return changed;
    }

    private DecisionProposal proposal(Scope scope, Investigation investigation, InvestigationSubject subject) {
        Basis basis = basis(investigation, subject);
        Recommendation r = basis.recommendation();
        RecommendedSanction recommended = new RecommendedSanction(r.measures(), r.performanceSalaryPercent(),
                r.termIncentivePercent(), r.deferPerformanceSalary(), r.endUnexercisedRights(), r.handBackYears(),
                r.incentiveBarYears(), r.incentiveBarPermanent(), r.outcomes(), r.articles(), basis.ruleSet().ban().minimumYears());
        // the light end of each range: a person raises it deliberately; the measures are left to choose
        DecisionTerms prefill = new DecisionTerms(List.of(), null, false,
                r.performanceSalaryPercent() == null ? null : r.performanceSalaryPercent().min(),
                r.termIncentivePercent() == null ? null : r.termIncentivePercent().min(),
                r.deferPerformanceSalary(), r.endUnexercisedRights(), r.handBackYears(), r.incentiveBarYears(),
                r.incentiveBarPermanent());
        Outcome outcome = r.outcomes().contains(Outcome.STANDARD) ? Outcome.STANDARD : r.outcomes().get(0);
        String legalBasis = String.join("、", r.articles());
        DecisionData data = new DecisionData(outcome, prefill, legalBasis,
                basis.finding().facts(), null, null);
        return new DecisionProposal(investigation.caseNo(), subject.employeeNo(), subject.name(),
                basis.finding().responsibility(), basis.determination().level(), r.ruleSetCode(),
                basis.determination().determinationDate(), recommended, data, lighterBasis(basis.evaluation()).orElse(null),
                decisions.original(investigation, subject.personId()).map(Decision::decisionNo).orElse(null));
    }

    private DecisionDetail view(Scope scope, Decision decision) {
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
                next, decision.version());
    }

    private DecisionPay pay(Decision decision) {
        return payCalculation.pay(decision, rules.ruleSet(decision.ruleSet()), decisions.deductions(decision),
                decisions.recoveries(decision));
    }

    /** A decision for the case roles (OFFICE, LEADER, AUDITOR) of the deciding unit: HR reaches only the pay part. */
    private Decision caseRole(Scope scope, String decisionNo) {
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

    private InvestigationSubject subject(Scope scope, Investigation investigation, String employeeNo) {
        String no = employeeNo == null ? null : employeeNo.strip();
        return cases.subjects(scope, investigation).stream().filter(s -> s.employeeNo().equals(no)).findFirst()
                .orElseThrow(AccountabilityException::notFound);
    }

    private InvestigationSubject subjectOf(Scope scope, Investigation investigation, long personId) {
        return cases.subjects(scope, investigation).stream().filter(s -> Objects.equals(s.personId(), personId)).findFirst()
                .orElseThrow(AccountabilityException::notFound);
    }

    private void history(Scope scope, Decision decision, DecisionHistory.Action action, DecisionStatus from,
                         DecisionStatus to, String reason, String details) {
        decisions.persist(new DecisionHistory(decision, clock.instant(), scope.userId(), action, from, to, reason, details));
    }

    private LocalDate notFuture(String field, LocalDate date) {
        return Inputs.notFuture(field, date, LocalDate.now(clock), "decision.dateInFuture");
    }
}
