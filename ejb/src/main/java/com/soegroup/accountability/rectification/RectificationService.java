package com.soegroup.accountability.rectification;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.clue.ClueData;
import com.soegroup.accountability.clue.ClueDetail;
import com.soegroup.accountability.clue.ClueService;
import com.soegroup.accountability.clue.ClueSource;
import com.soegroup.accountability.decision.Decision;
import com.soegroup.accountability.decision.DecisionRepository;
import com.soegroup.accountability.decision.DecisionStatus;
import com.soegroup.accountability.investigation.CaseAccess;
import com.soegroup.accountability.investigation.Investigation;
import com.soegroup.accountability.investigation.InvestigationStatus;
import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.org.EnterpriseRepository;
import com.soegroup.accountability.org.Person;
import com.soegroup.accountability.org.PersonRepository;
import com.soegroup.accountability.report.InvestigationReportService;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.NumberSeries;
import com.soegroup.accountability.shared.Numbering;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import com.soegroup.accountability.shared.Submissions;
import com.soegroup.accountability.shared.WorkingDays;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rectification tasks (整改): OFFICE assigns them — from a concluded case (the report's 整改建议 prefilled), from a
 * decision, or from a self-inspection or a regulator's request — and verifies or sends back what the owner
 * enterprise submitted; an overdue task becomes a new clue in one step (M§7(5)). Every write is in the task's
 * history and the audit trail.
 */
@Stateless
@DenyAll
public class RectificationService {

    /** Working days the assignment form proposes as the deadline. */
    static final int DEFAULT_DAYS = 30;
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,128}");

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @EJB
    private InvestigationReportService reports;

    @EJB
    private ClueService clues;

    @Inject
    private RectificationAccess access;

    @Inject
    private RectificationRepository rectifications;

    @Inject
    private CaseAccess cases;

    @Inject
    private DecisionRepository decisions;

    @Inject
    private EnterpriseRepository enterprises;

    @Inject
    private PersonRepository people;

    @Inject
    private Numbering numbering;

    @Inject
    private Submissions submissions;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private Clock clock;

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public LocalDate today() {
        return access.today();
    }

    /** The deadline the assignment form proposes: {@value #DEFAULT_DAYS} working days from today. */
    @RolesAllowed(Role.R_OFFICE)
    public LocalDate defaultDeadline() {
        return workingDays.plusWorkingDays(access.today(), DEFAULT_DAYS);
    }

    /**
     * What a task from a concluded case ({@code caseNo}) or a decision ({@code decisionNo}) starts from: owner
     * enterprise, the decided person, the report's rectification proposals and the clues it will hold open.
     */
    @RolesAllowed(Role.R_OFFICE)
    public RectificationDraft draft(String caseNo, String decisionNo) {
        Scope scope = scopes.current();
        Origin origin = origin(scope, decisionNo == null || decisionNo.isBlank() ? RectificationSource.CONCLUDED_INVESTIGATION
                : RectificationSource.DECISION, caseNo, decisionNo);
        String proposals = reports.textIfReadable(origin.investigation().caseNo())
                .map(InvestigationReportService.Text::rectification).orElse(null);
        Enterprise owner = origin.decision() != null ? origin.decision().personEnterprise()
                : origin.investigation().lossEnterprise() != null ? origin.investigation().lossEnterprise()
                : origin.investigation().owner();
        List<String> clueNos = clueNos(origin.investigation().clueIds());
        return new RectificationDraft(origin.source(), origin.investigation().caseNo(),
                origin.decision() == null ? null : origin.decision().decisionNo(), owner.code(), owner.fullName(),
                origin.decision() == null ? null : origin.decision().employeeNo(),
                origin.decision() == null ? null : origin.decision().personName(), proposals, clueNos);
    }

    @RolesAllowed(Role.R_OFFICE)
    public RectificationDetail create(RectificationData data) {
        return create(data, null);
    }

    /** {@link #create(RectificationData)} from the assignment page, whose form carries a token (posted once). */
    @RolesAllowed(Role.R_OFFICE)
    public RectificationDetail create(RectificationData data, String formToken) {
        submissions.claim(formToken, RectificationRepository.OBJECT_TYPE);
        Scope scope = scopes.current();
        if (data == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        if (data.source() == null) {
            throw AccountabilityException.invalid("source", "field.required");
        }
        Origin origin = origin(scope, data.source(), data.caseNo(), data.decisionNo());
        String reference = origin.investigation() == null ? Inputs.text("reference", data.reference(), 200)
                : Inputs.optional("reference", data.reference(), 200);
        Enterprise owner = ownerOf(scope, data.enterprise());
        Person person = responsible(scope, data.responsible());
        String department = Inputs.optional("department", data.department(), 100);
        if (department == null) {
            department = person.department();
        }
        if (department == null || department.isBlank()) {
            throw AccountabilityException.invalid("department", "field.required");
        }
        String liaison = Inputs.optional("liaison", data.liaison(), 128);
        if (liaison != null && !USER_ID.matcher(liaison).matches()) {
            throw AccountabilityException.invalid("liaison", "rectification.liaison.invalid");
        }
        if (data.measure() == null) {
            throw AccountabilityException.invalid("measure", "field.required");
        }
        String requirement = Inputs.text("requirement", data.requirement(), RectificationAccess.MAX_TEXT);
        String fixes = Inputs.optional("fixes", data.fixes(), 400);
        LocalDate today = access.today();
        LocalDate deadline = RectificationAccess.future("deadline", data.deadline(), today);

        Numbering.Issued number = numbering.next(NumberSeries.RECTIFICATION, owner.code(), today.getYear());
        submissions.created(formToken, number.number());
        Rectification r = new Rectification(number.number(), number.year(), number.serial(), data.source(),
                origin.investigation() == null ? null : origin.investigation().id(),
                origin.decision() == null ? null : origin.decision().id(), reference, owner, scope.userId(),
                clock.instant(), deadline);
        r.assign(department, person.id(), person.employeeNo(), person.name(), liaison, data.measure(), requirement, fixes);
        rectifications.persist(r);
        rectifications.flush();
        if (origin.investigation() != null) {
            rectifications.linkClues(r, origin.investigation().clueIds());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("source", data.source());
        if (origin.investigation() != null) {
            after.put("caseNo", origin.investigation().caseNo());
        }
        if (origin.decision() != null) {
            after.put("decisionNo", origin.decision().decisionNo());
        }
        after.put("enterprise", owner.code());
        after.put("department", department);
        after.put("responsible", person.employeeNo());
        after.put("measure", data.measure());
        after.put("deadline", deadline);
        after.put("status", RectificationStatus.OPEN);
        access.history(scope, r, RectificationHistory.Action.CREATED, null, RectificationStatus.OPEN, null,
                "enterprise=" + owner.code() + "; responsible=" + person.employeeNo() + "; deadline=" + deadline);
        audit.record(AuditAction.CREATE, RectificationRepository.OBJECT_TYPE, r.rectificationNo(), FieldChange.diff(Map.of(), after));
        return access.view(scope, r);
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public RectificationDetail detail(String rectificationNo) {
        Scope scope = scopes.current();
        Rectification r = access.find(scope, rectificationNo);
        RectificationDetail detail = access.view(scope, r);
        audit.record(AuditAction.READ, RectificationRepository.OBJECT_TYPE, r.rectificationNo(), List.of());
        return detail;
    }

    /** The board: a page of the scope's tasks by the filter, open ones first by deadline. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public RectificationPage list(RectificationFilter filter, int first, int max) {
        Scope scope = scopes.current();
        if (first < 0 || max < 1 || max > RectificationAccess.MAX_PAGE) {
            throw AccountabilityException.invalid("size", "paging.invalid");
        }
        RectificationFilter f = filter == null ? RectificationFilter.ALL : filter;
        String path = enterprisePath(scope, f);
        LocalDate today = access.today();
        List<Rectification> page = rectifications.page(scope, f, path, today, first, max);
        RectificationPage answer = new RectificationPage(rectifications.count(scope, f, path, today),
                access.summaries(scope, page, today));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("first", first);
        facts.put("shown", page.size());
        facts.put("filter", RectificationExport.describe(f));
        audit.record(AuditAction.READ, RectificationRepository.LIST, null, List.of(), facts);
        return answer;
    }

    /**
     * OFFICE's verification of what was submitted: {@code verified} true closes the task (VERIFIED, with the
     * opinion), false sends it back (OPEN) with the opinion as the reason. Both take an opinion.
     */
    @RolesAllowed(Role.R_OFFICE)
    public RectificationDetail review(String rectificationNo, boolean verified, String opinion, Integer version) {
        Scope scope = scopes.current();
        Rectification r = access.find(scope, rectificationNo);
        Inputs.version(version, r.version());
        if (r.status() != RectificationStatus.SUBMITTED) {
            throw AccountabilityException.conflict("rectification.review.notSubmitted", r.status());
        }
        String why = Inputs.text("opinion", opinion, RectificationAccess.MAX_REASON);
        List<RectificationSubmission> submitted = rectifications.submissions(r);
        RectificationSubmission last = submitted.get(submitted.size() - 1);
        last.reviewed(verified ? SubmissionReview.VERIFIED : SubmissionReview.SENT_BACK, why, scope.userId(), clock.instant());
        RectificationStatus from = r.status();
        if (verified) {
            r.verified(access.today(), scope.userId());
        } else {
            r.sentBack();
        }
        rectifications.flush();
        access.history(scope, r, verified ? RectificationHistory.Action.VERIFIED : RectificationHistory.Action.SENT_BACK,
                from, r.status(), why, null);
        audit.record(AuditAction.STATE_CHANGE, RectificationRepository.OBJECT_TYPE, r.rectificationNo(),
                List.of(new FieldChange("status", from.name(), r.status().name())));
        return access.view(scope, r);
    }

    /**
     * Refusing or delaying rectification is itself a circumstance (M§7(5)): an open task past its deadline (an
     * approved extension included) becomes a new clue of the owner enterprise, about the responsible person, in
     * one step. Source 自查发现: the group's own follow-up found it. The task and the clue name each other.
     */
    @RolesAllowed(Role.R_OFFICE)
    public RectificationDetail makeClue(String rectificationNo, Integer version, String summary) {
        Scope scope = scopes.current();
        Rectification r = access.find(scope, rectificationNo);
        Inputs.version(version, r.version());
        LocalDate today = access.today();
        boolean pending = !rectifications.withPendingExtension(scope, List.of(r)).isEmpty();
        String blocker = access.clueBlocker(r, today, pending);
        if (blocker != null) {
            throw AccountabilityException.conflict(blocker, r.clueLedgerNo());
        }
        String text = Inputs.text("summary", summary, RectificationAccess.MAX_TEXT);
        ClueData data = new ClueData(ClueSource.SELF_INSPECTION, today, r.owner().code(),
                List.of(new ClueData.PersonConcerned(r.responsibleEmployeeNo(),
                        r.responsibleEmployeeNo() == null ? r.responsibleName() : null, null)),
                text, null, null, null, null);
        ClueDetail clue = clues.register(data);
        r.becameClue(clue.clue().ledgerNo());
        rectifications.flush();
        access.history(scope, r, RectificationHistory.Action.BECAME_CLUE, null, null, null, "clue=" + clue.clue().ledgerNo());
        audit.record(AuditAction.UPDATE, RectificationRepository.OBJECT_TYPE, r.rectificationNo(),
                List.of(new FieldChange("clue", null, clue.clue().ledgerNo())));
        return access.view(scope, r);
    }

    // --- where a task comes from ------------------------------------------------------------------------------

    private record Origin(RectificationSource source, Investigation investigation, Decision decision) {
    }

    private Origin origin(Scope scope, RectificationSource source, String caseNo, String decisionNo) {
        switch (source) {
            case CONCLUDED_INVESTIGATION -> {
                if (caseNo == null || caseNo.isBlank()) {
                    throw AccountabilityException.invalid("caseNo", "field.required");
                }
                Investigation investigation = cases.readableIfAny(scope, caseNo)
                        .orElseThrow(() -> AccountabilityException.invalid("caseNo", "rectification.case.unknown", Inputs.quote(caseNo)));
                if (investigation.status() != InvestigationStatus.CONCLUDED) {
                    throw AccountabilityException.conflict("rectification.case.notConcluded", investigation.caseNo());
                }
                return new Origin(source, investigation, null);
            }
            case DECISION -> {
                if (decisionNo == null || decisionNo.isBlank()) {
                    throw AccountabilityException.invalid("decisionNo", "field.required");
                }
                Decision decision = decisions.findByNo(scope, decisionNo).filter(d -> scope.covers(d.owner().path()))
                        .orElseThrow(() -> AccountabilityException.invalid("decisionNo", "rectification.decision.unknown",
                                Inputs.quote(decisionNo)));
                if (decision.status() == DecisionStatus.PROPOSED) {
                    throw AccountabilityException.conflict("rectification.decision.notApproved", decision.decisionNo());
                }
                Investigation investigation = cases.readableIfAny(scope, decisions.caseNo(decision).orElseThrow())
                        .orElseThrow(AccountabilityException::notFound);
                return new Origin(source, investigation, decision);
            }
            default -> {
                return new Origin(source, null, null);
            }
        }
    }

    private List<String> clueNos(Set<Long> clueIds) {
        return clueIds.isEmpty() ? List.of() : rectifications.ledgerNos(clueIds);
    }

    private Enterprise ownerOf(Scope scope, String code) {
        if (code == null || code.isBlank()) {
            throw AccountabilityException.invalid("enterprise", "field.required");
        }
        Enterprise owner = enterprises.findByCode(scope, code)
                .orElseThrow(() -> AccountabilityException.invalid("enterprise", "enterprise.unknown", Inputs.quote(code)));
        if (!owner.isActive()) {
            throw AccountabilityException.invalid("enterprise", "enterprise.notActive", owner.code());
        }
        return owner;
    }

    private Person responsible(Scope scope, String employeeNo) {
        if (employeeNo == null || employeeNo.isBlank()) {
            throw AccountabilityException.invalid("responsible", "field.required");
        }
        return people.findByEmployeeNo(scope, employeeNo)
                .orElseThrow(() -> AccountabilityException.invalid("responsible", "person.unknown", Inputs.quote(employeeNo)));
    }

    private String enterprisePath(Scope scope, RectificationFilter f) {
        Inputs.optional("q", f.text(), 200);
        if (f.enterprise() == null || f.enterprise().isBlank()) {
            return null;
        }
        return enterprises.pathOf(scope, f.enterprise()).orElseThrow(AccountabilityException::notFound);
    }
}
