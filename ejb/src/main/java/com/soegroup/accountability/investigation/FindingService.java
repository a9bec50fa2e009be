package com.soegroup.accountability.investigation;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.org.EnterpriseRepository;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.sanction.Outcome;
import com.soegroup.accountability.rule.sanction.Recommendation;
import com.soegroup.accountability.rule.set.Circumstance;
import com.soegroup.accountability.ruleset.CircumstanceClassifier;
import com.soegroup.accountability.ruleset.ExemptionCatalog;
import com.soegroup.accountability.ruleset.RuleService;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.CircumstanceRef;
import com.soegroup.accountability.shared.ErrorCode;
import com.soegroup.accountability.shared.Inputs;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Responsibility findings per subject (rules.md §3, §6), fault-tolerance evaluations with LEADER's approval (§7),
 * and the jurisdiction proposal confirmed by OFFICE (§9). The loss level is the one the loss determination
 * recorded (table loss_determination, read by name so that this package does not depend on {@code loss}).
 */
@Stateless
@DenyAll
public class FindingService {

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @EJB
    private RuleService rules;

    @Inject
    private ExemptionCatalog exemptionCatalog;

    @Inject
    private CaseAccess access;

    @Inject
    private CaseJurisdiction jurisdiction;

    @Inject
    private EnterpriseRepository enterprises;

    @Inject
    private CircumstanceClassifier classifier;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public CaseFindings findings(String caseNo) {
        Scope scope = scopes.current();
        Investigation investigation = access.readable(scope, caseNo);
        CaseFindings answer = view(scope, investigation);
        audit.record(AuditAction.READ, InvestigationRepository.OBJECT_TYPE, investigation.caseNo(), List.of(), Map.of("part", "findings"));
        return answer;
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    public CaseFindings recordFinding(String caseNo, String employeeNo, FindingData data) {
        Scope scope = scopes.current();
        Investigation investigation = access.workable(scope, caseNo);
        InvestigationSubject subject = subject(scope, investigation, employeeNo);
        if (data == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        String facts = Inputs.text("facts", data.facts(), 4000);
        String evidence = Inputs.text("evidence", data.evidence(), 1000);
        FindingRules.checkFinding(subject.enterpriseHead(), data.responsibility(), data.circumstances(), data.aggravating(),
                data.aggravatingReason());
        // classified in the set the loss was determined by, else in the set in force today
        Set<CircumstanceRef> violations = classifier.resolve("violations", level(investigation).map(Level::ruleSet).orElse(null),
                data.violations());
        Optional<ResponsibilityFinding> existing = finding(subject);
        ResponsibilityFinding finding = existing.orElseGet(() -> new ResponsibilityFinding(investigation, subject));
        String before = existing.map(f -> f.responsibility().name()).orElse(null);
        String violationsBefore = existing.map(f -> names(classifier.describe(f.violations()))).orElse(null);
        if (existing.isPresent() && !Objects.equals(data.version(), existing.get().version())) {
            throw AccountabilityException.stale();
        }
        finding.record(data.responsibility(), facts, evidence, data.circumstances(), data.aggravating(),
                Inputs.optional("aggravatingReason", data.aggravatingReason(), 2000), scope.userId(), clock.instant());
        finding.classify(violations);
        if (existing.isEmpty()) {
            em.persist(finding);
        }
        em.flush();
        access.history(scope, investigation, InvestigationHistory.Action.FINDING_RECORDED, null,
                "subject=" + subject.employeeNo() + "; responsibility=" + data.responsibility()
                        + (violations.isEmpty() ? "" : "; violations=" + names(classifier.describe(violations))));
        audit.record(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, "FINDING",
                investigation.caseNo() + ":" + subject.employeeNo(), List.of(
                        new FieldChange("responsibility", before, data.responsibility().name()),
                        new FieldChange("violations", violationsBefore, names(classifier.describe(violations))),
                        new FieldChange("circumstances", null, Codes.join(data.circumstances())),
                        new FieldChange("aggravating", null, Codes.join(data.aggravating()))));
        return view(scope, investigation);
    }

    /**
     * A fault-tolerance evaluation for a subject with a finding, on the case's determined level. The server asks
     * the engine which outcomes are allowed: with any exclusion no tolerance outcome is, whatever was posted.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    public CaseFindings evaluate(String caseNo, String employeeNo, EvaluationData data) {
        Scope scope = scopes.current();
        Investigation investigation = access.workable(scope, caseNo);
        InvestigationSubject subject = subject(scope, investigation, employeeNo);
        if (data == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        ResponsibilityFinding finding = finding(subject)
                .orElseThrow(() -> AccountabilityException.refused("faultTolerance.needsFinding"));
        Level level = level(investigation).orElseThrow(() -> AccountabilityException.refused("faultTolerance.needsLevel"));
        Recommendation recommendation = rules.recommend(level.level(), finding.responsibility(), finding.aggravating(),
                data.exclusions(), data.conditions().keySet(), level.ruleSet(), level.date());
        FindingRules.checkEvaluation(data.exclusions(), data.conditions(), data.outcome(), recommendation.outcomes());
        List<String> exemptions = exemptionCatalog.resolve("exemptions", recommendation.ruleSetCode(), data.exemptions());
        if (!exemptions.isEmpty() && !data.exclusions().isEmpty()) {
            throw new AccountabilityException(ErrorCode.RULE_REFUSED, "exemption.excluded", "exemptions", List.copyOf(data.exclusions()));
        }
        Optional<FaultToleranceEvaluation> existing = evaluation(subject);
        FaultToleranceEvaluation evaluation = existing.orElseGet(() -> new FaultToleranceEvaluation(investigation, subject));
        String evidence = data.conditions().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().name() + ": " + e.getValue().strip()).collect(Collectors.joining("\n"));
        Inputs.checkLength("conditions", evidence, 4000);
        evaluation.propose(data.exclusions(), data.conditions().keySet(), evidence.isEmpty() ? null : evidence, data.outcome(),
                recommendation.ruleSetCode(), scope.userId(), clock.instant());
        evaluation.exempt(exemptions);
        if (existing.isEmpty()) {
            em.persist(evaluation);
        }
        em.flush();
        access.history(scope, investigation, InvestigationHistory.Action.FAULT_TOLERANCE_EVALUATED, null,
                "subject=" + subject.employeeNo() + "; outcome=" + data.outcome() + "; exclusions=" + Codes.join(data.exclusions()));
        audit.record(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, "FAULT_TOLERANCE",
                investigation.caseNo() + ":" + subject.employeeNo(), List.of(
                        new FieldChange("outcome", null, data.outcome().name()),
                        new FieldChange("exclusions", null, Codes.join(data.exclusions())),
                        new FieldChange("conditions", null, Codes.join(data.conditions().keySet())),
                        new FieldChange("exemptions", null, exemptions.isEmpty() ? null : String.join(",", exemptions))));
        return view(scope, investigation);
    }

    /** LEADER (领导小组) approves a proposed evaluation. */
    @RolesAllowed(Role.R_LEADER)
    public CaseFindings approve(String caseNo, String employeeNo, Integer version, String note) {
        Scope scope = scopes.current();
        Investigation investigation = access.readable(scope, caseNo);
        if (investigation.status() == InvestigationStatus.CONCLUDED) {
            throw AccountabilityException.conflict("investigation.work.closed", investigation.status());
        }
        InvestigationSubject subject = subject(scope, investigation, employeeNo);
        FaultToleranceEvaluation evaluation = evaluation(subject)
                .orElseThrow(() -> AccountabilityException.refused("faultTolerance.nothingToApprove"));
        Inputs.version(version, evaluation.version());
        if (evaluation.status() != FaultToleranceEvaluation.Status.PROPOSED) {
            throw AccountabilityException.conflict("faultTolerance.alreadyApproved");
        }
        String why = Inputs.optional("note", note, 2000);
        evaluation.approve(scope.userId(), clock.instant(), why);
        em.flush();
        access.history(scope, investigation, InvestigationHistory.Action.FAULT_TOLERANCE_APPROVED, why,
                "subject=" + subject.employeeNo() + "; outcome=" + evaluation.outcome());
        audit.record(AuditAction.STATE_CHANGE, "FAULT_TOLERANCE", investigation.caseNo() + ":" + subject.employeeNo(),
                List.of(new FieldChange("status", "PROPOSED", "APPROVED")));
        return view(scope, investigation);
    }

    /** The units in line to handle the case, from the loss enterprise up to the group, for OFFICE's choice. */
    @RolesAllowed(Role.R_OFFICE)
    public List<JurisdictionUnit> jurisdictionUnits(String caseNo) {
        Investigation investigation = access.readable(scopes.current(), caseNo);
        return jurisdiction.chain(investigation).stream().map(e -> new JurisdictionUnit(e.code(), e.fullName())).toList();
    }

    /**
     * OFFICE confirms the handling unit: the proposal or another unit with a reason. A LARGER or MAJOR loss goes to
     * an enterprise above the one where it occurred (O63 §6(2)), a GENERAL one stays there or goes up; the owner
     * institution's taking the case (M§36) puts it with the group's top enterprise, its counterpart here. When the
     * case moves, that is a hand-over with its date and reference number: the case leaves the giving unit's scope
     * (M§35 gives the giving unit no part in a case its superior handles) and enters the taking unit's.
     */
    @RolesAllowed(Role.R_OFFICE)
    public JurisdictionProposal confirmJurisdiction(String caseNo, JurisdictionData data) {
        Scope scope = scopes.current();
        Investigation investigation = access.readable(scope, caseNo);
        if (investigation.status() == InvestigationStatus.CONCLUDED) {
            throw AccountabilityException.conflict("investigation.work.closed", investigation.status());
        }
        Inputs.version(data.version(), investigation.version());
        JurisdictionProposal proposal = jurisdiction.proposal(investigation);
        if (proposal.level() == null) {
            throw AccountabilityException.refused("jurisdiction.needsLevel");
        }
        List<Enterprise> chain = jurisdiction.chain(investigation);
        Enterprise top = chain.get(chain.size() - 1);
        String code = data.unit() == null || data.unit().isBlank()
                ? (data.ownerInstitution() ? top.code() : proposal.proposedUnit()) : data.unit().strip();
        Enterprise unit = chain.stream().filter(e -> e.code().equals(code)).findFirst()
                .or(() -> enterprises.findByCode(scope, code))
                .orElseThrow(() -> AccountabilityException.invalid("unit", "enterprise.unknown", code));
        if (!chain.contains(unit)) {
            throw AccountabilityException.refused("jurisdiction.notInLine", unit.fullName(), investigation.lossEnterprise().fullName());
        }
        if (proposal.level() != LossLevel.GENERAL && unit.equals(investigation.lossEnterprise())) {
            throw AccountabilityException.refused("jurisdiction.notItself", proposal.level(), unit.fullName());
        }
        if (data.ownerInstitution() && !unit.equals(top)) {
            throw AccountabilityException.invalid("unit", "jurisdiction.ownerInstitutionTop", top.fullName());
        }
        String why = Inputs.optional("reason", data.reason(), 2000);
        if (!unit.code().equals(proposal.proposedUnit()) && why == null) {
            throw AccountabilityException.invalid("reason", "jurisdiction.reasonRequired");
        }
        Enterprise before = investigation.owner();
        boolean moves = !unit.equals(before) || data.ownerInstitution();
        String reference = Inputs.optional("reference", data.reference(), 100);
        LocalDate on = data.handedOverOn() == null ? LocalDate.now(clock) : data.handedOverOn();
        if (moves) {
            if (reference == null) {
                throw AccountabilityException.invalid("reference", "jurisdiction.referenceRequired");
            }
            if (on.isAfter(LocalDate.now(clock))) {
                throw AccountabilityException.invalid("handedOverOn", "jurisdiction.handOverFuture");
            }
            if (on.isBefore(investigation.openedOn())) {
                throw AccountabilityException.invalid("handedOverOn", "jurisdiction.handOverBeforeOpening", investigation.openedOn());
            }
        }
        JurisdictionDecision.HandOver handOver = moves
                ? new JurisdictionDecision.HandOver(before.code(), on, reference, data.ownerInstitution())
                : new JurisdictionDecision.HandOver(null, null, reference, false);
        em.persist(new JurisdictionDecision(investigation, new JurisdictionRule.Proposal(proposal.proposedUnit(),
                proposal.ownerInstitution(), proposal.basisKey()), unit.code(), why, scope.userId(), clock.instant(), handOver));
        investigation.handOver(unit);
        em.flush();
        String details = "proposed=" + proposal.proposedUnitName() + "; confirmed=" + unit.fullName()
                + "; ownerInstitution=" + proposal.ownerInstitution()
                + (moves ? "; givenBy=" + before.fullName() + "; handedOverOn=" + on + "; reference=" + reference
                        + "; takenByOwnerInstitution=" + data.ownerInstitution() : "");
        access.history(scope, investigation, InvestigationHistory.Action.JURISDICTION_CONFIRMED, why, details);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("proposed", proposal.proposedUnit());
        facts.put("reason", why == null ? "" : why);
        if (moves) {
            facts.put("handedOverOn", on.toString());
            facts.put("reference", reference);
            facts.put("takenByOwnerInstitution", data.ownerInstitution());
        }
        audit.record(AuditAction.UPDATE, InvestigationRepository.OBJECT_TYPE, investigation.caseNo(),
                List.of(new FieldChange("owner", before.fullName(), unit.fullName())), facts);
        return jurisdiction.proposal(investigation);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    record Level(LossLevel level, String ruleSet, LocalDate date) {
    }

    private Optional<Level> level(Investigation investigation) {
        return em.createQuery("SELECT d.level, d.ruleSetUsed, d.determinationDate FROM LossDetermination d "
                        + "WHERE d.investigationId = :id AND d.level IS NOT NULL", Object[].class)
                .setParameter("id", investigation.id()).getResultStream().findFirst()
                .map(row -> new Level((LossLevel) row[0], (String) row[1], (LocalDate) row[2]));
    }

    /** The matters of the exemption list of the case's rule set (none before the level is determined). */
    private List<ExemptionOption> exemptionOptions(String ruleSet) {
        return exemptionCatalog.of(ruleSet).map(l -> l.matters().stream().map(m -> new ExemptionOption(m.code(l),
                m.number(), m.matter(), m.conditions(), l.source(), l.reviewed())).toList()).orElse(List.of());
    }

    private CaseFindings view(Scope scope, Investigation investigation) {
        Optional<Level> level = level(investigation);
        List<FindingDetail> subjects = new ArrayList<>();
        for (InvestigationSubject s : access.subjects(scope, investigation)) {
            Optional<ResponsibilityFinding> f = finding(s);
            Optional<FaultToleranceEvaluation> e = evaluation(s);
            List<Outcome> allowed = List.of();
            if (f.isPresent() && level.isPresent()) {
                allowed = rules.recommend(level.get().level(), f.get().responsibility(), f.get().aggravating(),
                        e.map(FaultToleranceEvaluation::exclusions).orElse(Set.of()),
                        e.map(FaultToleranceEvaluation::conditions).orElse(Set.of()), level.get().ruleSet(), level.get().date()).outcomes();
            }
            EvaluationDetail ev = e.map(x -> new EvaluationDetail(List.copyOf(x.exclusions()), List.copyOf(x.conditions()),
                    x.conditionEvidence(), x.outcome(), x.ruleSetCode(), x.status(), x.proposedBy(), x.approvedBy(), x.approvedAt(),
                    x.approvalNote(), x.version(), x.exemptions(), exemptionCatalog.citations(x.ruleSetCode(), x.exemptions())))
                    .orElse(null);
            subjects.add(new FindingDetail(s.employeeNo(), s.name(), s.enterpriseHead(),
                    f.map(ResponsibilityFinding::responsibility).orElse(null), f.map(ResponsibilityFinding::facts).orElse(null),
                    f.map(ResponsibilityFinding::evidence).orElse(null),
                    f.map(x -> List.copyOf(x.circumstances())).orElse(List.of()), f.map(x -> List.copyOf(x.aggravating())).orElse(List.of()),
                    f.map(ResponsibilityFinding::aggravatingReason).orElse(null), f.map(ResponsibilityFinding::version).orElse(null),
                    allowed, ev, f.map(x -> classifier.describe(x.violations())).orElse(List.of())));
        }
        return new CaseFindings(investigation.caseNo(), level.map(Level::level).orElse(null), subjects,
                jurisdiction.proposal(investigation), exemptionOptions(level.map(Level::ruleSet).orElse(null)));
    }

    private InvestigationSubject subject(Scope scope, Investigation investigation, String employeeNo) {
        return access.subjects(scope, investigation).stream().filter(s -> s.employeeNo().equals(employeeNo == null ? null : employeeNo.strip()))
                .findFirst().orElseThrow(AccountabilityException::notFound);
    }

    private Optional<ResponsibilityFinding> finding(InvestigationSubject subject) {
        return em.createQuery("SELECT f FROM ResponsibilityFinding f WHERE f.subject = :s", ResponsibilityFinding.class)
                .setParameter("s", subject).getResultStream().findFirst();
    }

    private Optional<FaultToleranceEvaluation> evaluation(InvestigationSubject subject) {
        return em.createQuery("SELECT e FROM FaultToleranceEvaluation e WHERE e.subject = :s", FaultToleranceEvaluation.class)
                .setParameter("s", subject).getResultStream().findFirst();
    }

    /**
     * How a history line and the audit trail name circumstances: their references and short names, the regulations'
     * own words; null for none.
     */
    static String names(List<Circumstance> circumstances) {
        return circumstances.isEmpty() ? null
                : circumstances.stream().map(c -> c.reference() + "（" + c.shortName() + "）").collect(Collectors.joining("、"));
    }

    static Map<String, Object> none() {
        return new LinkedHashMap<>();
    }
}
