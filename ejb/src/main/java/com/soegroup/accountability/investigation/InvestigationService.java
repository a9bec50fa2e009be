package com.soegroup.accountability.investigation;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.clue.Clue;
import com.soegroup.accountability.clue.ClueRepository;
import com.soegroup.accountability.clue.ClueStatus;
import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.org.EnterpriseRepository;
import com.soegroup.accountability.org.InvolvementCheck;
import com.soegroup.accountability.org.Person;
import com.soegroup.accountability.org.PersonRepository;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.CaseStageReached;
import com.soegroup.accountability.shared.ErrorCode;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.NumberSeries;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Investigations (调查/核查): opening from accepted clues with a gap-free case number, the lifecycle
 * ({@link InvestigationLifecycle}), the team with its recusal declarations (M§39), history. Everything is within
 * the caller's scope, team and recusal ({@link InvestigationRepository}); every write and every read of case
 * content goes to the audit trail.
 */
@Stateless
@DenyAll
public class InvestigationService {

    public static final String AUDIT_INVESTIGATION = InvestigationRepository.OBJECT_TYPE;
    public static final String AUDIT_LIST = "INVESTIGATION_LIST";

    static final int MAX_TITLE = 200;
    static final int MAX_PLAN = 4000;
    static final int MAX_PAGE = 500;

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @EJB
    private InvolvementCheck involvement;

    @Inject
    private InvestigationRepository investigations;

    @Inject
    private Numbering numbering;

    @Inject
    private CaseAccess access;

    @Inject
    private CaseJurisdiction jurisdiction;

    @Inject
    private Event<CaseStageReached> stageReached;

    @Inject
    private ClueRepository clues;

    @Inject
    private PersonRepository people;

    @Inject
    private EnterpriseRepository enterprises;

    @Inject
    private Clock clock;

    // --- opening ----------------------------------------------------------------------------------------------

    /**
     * Opens an investigation from one or more accepted clues of the caller's scope. The handling unit is the
     * first clue's; the number is drawn last, after every check, so a refused opening draws none.
     */
    @RolesAllowed(Role.R_OFFICE)
    public InvestigationDetail open(InvestigationData data) {
        Scope scope = scopes.current();
        if (data == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        String title = Inputs.text("title", data.title(), MAX_TITLE);
        String plan = Inputs.text("plan", data.plan(), MAX_PLAN);
        if (data.clues().isEmpty()) {
            throw AccountabilityException.invalid("clues", "field.required");
        }
        List<Clue> found = new ArrayList<>();
        for (int i = 0; i < data.clues().size(); i++) {
            String no = data.clues().get(i);
            Clue clue = clues.findByLedgerNo(scope, no)
                    .orElseThrow(invalid("clues[" + i + "]", "investigation.clue.unknown", no));
            if (clue.status() != ClueStatus.ACCEPTED) {
                throw new AccountabilityException(ErrorCode.RULE_REFUSED, "investigation.clue.notAccepted", "clues[" + i + "]",
                        clue.ledgerNo());
            }
            if (found.stream().noneMatch(c -> c.id().equals(clue.id()))) {
                found.add(clue);
            }
        }
        List<Long> taken = investigations.cluesAlreadyInvestigated(found.stream().map(Clue::id).toList());
        if (!taken.isEmpty()) {
            throw AccountabilityException.conflict("investigation.clue.taken",
                    found.stream().filter(c -> taken.contains(c.id())).map(Clue::ledgerNo).findFirst().orElse(""));
        }
        if (data.subjects().isEmpty()) {
            throw AccountabilityException.invalid("subjects", "field.required");
        }
        List<Person> subjects = new ArrayList<>();
        for (int i = 0; i < data.subjects().size(); i++) {
            String no = data.subjects().get(i);
            Person person = people.findByEmployeeNo(scope, no).orElseThrow(invalid("subjects[" + i + "]", "person.unknown", no));
            if (subjects.stream().noneMatch(p -> p.id().equals(person.id()))) {
                subjects.add(person);
            }
        }
        Clue first = found.get(0);
        Enterprise lossEnterprise = first.enterprise();
        if (data.lossEnterprise() != null && !data.lossEnterprise().isBlank()) {
            lossEnterprise = enterprises.findByCode(scope, data.lossEnterprise())
                    .orElseThrow(invalid("lossEnterprise", "enterprise.unknown", data.lossEnterprise()));
        }
        Enterprise unit = first.owner();
        LocalDate today = today();
        Numbering.Issued number = numbering.next(NumberSeries.INVESTIGATION, unit.code(), today.getYear());
        String caseNo = number.number();
        Set<Long> clueIds = new LinkedHashSet<>();
        found.forEach(c -> clueIds.add(c.id()));
        Investigation investigation = new Investigation(caseNo, unit, number.year(), number.serial(), lossEnterprise, title, plan, today,
                scope.userId(), clueIds);
        investigations.persist(investigation);
        for (Person p : subjects) {
            investigations.persist(new InvestigationSubject(investigation, p.id(), p.employeeNo(), p.name(),
                    p.enterprise().code(), p.post(), p.enterpriseHead()));
        }
        investigations.persist(new InvestigationHistory(investigation, clock.instant(), scope.userId(),
                InvestigationHistory.Action.OPENED, null, InvestigationStatus.PLANNED, null,
                "clues=" + String.join(",", found.stream().map(Clue::ledgerNo).toList())));
        investigations.flush();
        // subjects and everyone concerned by the clues never see the case (rules.md §10)
        Set<String> involved = new LinkedHashSet<>();
        subjects.forEach(p -> involved.add(p.employeeNo()));
        for (Person p : subjects) {
            involvement.recordInvolved(AUDIT_INVESTIGATION, investigation.id(), p.employeeNo(), "investigation.subject");
        }
        for (Clue c : found) {
            for (String no : involvement.involvedEmployeeNos("CLUE", c.id())) {
                if (involved.add(no)) {
                    involvement.recordInvolved(AUDIT_INVESTIGATION, investigation.id(), no, "clue.person");
                }
            }
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("clues", String.join(",", found.stream().map(Clue::ledgerNo).toList()));
        after.put("owner", unit.code());
        after.put("lossEnterprise", lossEnterprise.code());
        after.put("title", title);
        after.put("subjects", String.join(",", subjects.stream().map(Person::employeeNo).toList()));
        after.put("status", InvestigationStatus.PLANNED);
        audit.record(AuditAction.CREATE, AUDIT_INVESTIGATION, caseNo, FieldChange.diff(Map.of(), after));
        return detail(scope, investigation);
    }

    // --- reading ----------------------------------------------------------------------------------------------

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public Page search(InvestigationStatus status, String text, int first, int max) {
        Scope scope = scopes.current();
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw AccountabilityException.invalid("size", "paging.invalid");
        }
        List<Investigation> page = investigations.list(scope, status, text, first, max);
        long total = page.size() < max && first == 0 ? page.size() : investigations.count(scope, status, text);
        Map<Long, List<String>> names = investigations.subjectNames(scope, page);
        List<Long> pending = investigations.pendingFor(scope, page);
        List<InvestigationSummary> items = page.stream()
                .map(i -> summary(i, names.getOrDefault(i.id(), List.of()), pending.contains(i.id()))).toList();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("first", first);
        facts.put("shown", items.size());
        facts.put("status", status == null ? "" : status.name());
        facts.put("q", text == null ? "" : text);
        audit.record(AuditAction.READ, AUDIT_LIST, null, List.of(), facts);
        return new Page(total, items);
    }

    /**
     * One investigation. A team member who has not signed the recusal declaration gets only its number and the
     * flag: nothing of the case before signing.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public InvestigationDetail detail(String caseNo) {
        Scope scope = scopes.current();
        Investigation investigation = investigations.findByCaseNo(scope, caseNo).orElseThrow(AccountabilityException::notFound);
        Optional<TeamMember> member = investigations.membership(scope, investigation);
        if (member.isPresent() && member.get().recusal() == Recusal.PENDING) {
            audit.record(AuditAction.READ, AUDIT_INVESTIGATION, investigation.caseNo(), List.of(), Map.of("recusalPending", true));
            List<String> subjects = investigations.subjects(scope, investigation).stream()
                    .map(s -> s.name() + "（" + s.post() + "）").toList();
            return new InvestigationDetail(new InvestigationSummary(investigation.caseNo(), null, null, null, null,
                    null, null, null, true, investigation.version()), null, List.of(), List.of(), List.of(), List.of(), true,
                    List.of(), new NextStep("investigation.next.yourRecusal", List.of()),
                    new InvestigationDetail.RecusalBrief(investigation.title(), investigation.owner().fullName(), subjects));
        }
        InvestigationDetail detail = detail(scope, investigation);
        audit.record(AuditAction.READ, AUDIT_INVESTIGATION, investigation.caseNo(), List.of(), Map.of("part", "detail"));
        return detail;
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public List<InvestigationHistoryEntry> history(String caseNo) {
        Scope scope = scopes.current();
        Investigation investigation = access.readable(scope, caseNo);
        List<InvestigationHistoryEntry> entries = investigations.history(scope, investigation).stream()
                .map(h -> new InvestigationHistoryEntry(h.occurredAt(), h.userId(), h.action(), h.fromStatus(),
                        h.toStatus(), h.reason(), h.details())).toList();
        audit.record(AuditAction.READ, AUDIT_INVESTIGATION, investigation.caseNo(), List.of(), Map.of("part", "history"));
        return entries;
    }

    // --- lifecycle --------------------------------------------------------------------------------------------

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR})
    public InvestigationDetail transition(String caseNo, Integer expectedVersion, InvestigationStatus to, String reason) {
        Scope scope = scopes.current();
        Investigation investigation = access.readable(scope, caseNo);
        Inputs.version(expectedVersion, investigation.version());
        if (scope.roles().equals(Set.of(Role.INVESTIGATOR)) || !scope.hasAny(Role.OFFICE, Role.LEADER)) {
            boolean onTeam = investigations.membership(scope, investigation).map(m -> m.recusal() == Recusal.NO_CONFLICT).orElse(false);
            if (!onTeam) {
                throw AccountabilityException.conflict("investigation.work.teamOnly");
            }
        }
        InvestigationStatus from = investigation.status();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_PLAN) {
            throw AccountabilityException.invalid("reason", "field.tooLong", MAX_PLAN);
        }
        InvestigationLifecycle.check(from, to, scope.roles(), why, teamState(scope, investigation));
        if (to == InvestigationStatus.CONCLUDED) {
            jurisdiction.requireHandlingUnit(scope, investigation);
        }
        investigation.moveTo(to, today());
        investigations.persist(new InvestigationHistory(investigation, clock.instant(), scope.userId(),
                InvestigationHistory.Action.TRANSITION, from, to, why, null));
        investigations.flush();
        // the one-event-one-report's progress report due for this stage opens in this transaction
        stageReached.fire(new CaseStageReached(investigation.id(), to.name(), scope.userId()));
        audit.record(AuditAction.STATE_CHANGE, AUDIT_INVESTIGATION, investigation.caseNo(),
                List.of(new FieldChange("status", from.name(), to.name())), Map.of("reason", why == null ? "" : why));
        return detail(scope, investigation);
    }

    // --- team and recusal -------------------------------------------------------------------------------------

    /** Assigns a team member (OFFICE). A person involved in the case (a subject, a person concerned) cannot be. */
    @RolesAllowed(Role.R_OFFICE)
    public InvestigationDetail assign(String caseNo, MemberData data) {
        Scope scope = scopes.current();
        Investigation investigation = access.workable(scope, caseNo);
        if (data == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        String userId = Inputs.text("userId", data.userId(), 128);
        String department = Inputs.text("department", data.department(), 200);
        if (data.role() == null) {
            throw AccountabilityException.invalid("role", "field.required");
        }
        Person person = investigations.personOfUser(userId).orElseThrow(invalid("userId", "investigation.member.unknown", userId));
        if (investigations.involved(investigation, person.id())) {
            throw AccountabilityException.refused("investigation.member.involved", person.name());
        }
        List<TeamMember> team = investigations.team(scope, investigation);
        if (team.stream().anyMatch(m -> m.onTeam() && m.userId().equals(userId))) {
            throw AccountabilityException.conflict("investigation.member.already", userId);
        }
        if (data.role() == TeamRole.LEADER && team.stream().anyMatch(m -> m.onTeam() && m.teamRole() == TeamRole.LEADER)) {
            throw AccountabilityException.conflict("investigation.member.oneLeader");
        }
        TeamMember member = new TeamMember(investigation, userId, person.employeeNo(), person.name(), department, data.role(),
                scope.userId(), clock.instant());
        investigations.persist(member);
        access.history(scope, investigation, InvestigationHistory.Action.MEMBER_ASSIGNED, null,
                "user=" + userId + "; role=" + data.role() + "; department=" + department);
        investigations.flush();
        audit.record(AuditAction.CREATE, "INVESTIGATION_MEMBER", investigation.caseNo() + ":" + userId,
                FieldChange.diff(Map.of(), Map.of("role", data.role(), "department", department, "recusal", Recusal.PENDING)));
        return detail(scope, investigation);
    }

    /**
     * The caller's recusal declaration (M§39) for a case whose team they are on. No conflict: they see the case
     * from now on. A conflict: they leave the team, are recorded as involved, and the case disappears for them.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public RecusalResult declare(String caseNo, boolean conflict, String statement) {
        Scope scope = scopes.current();
        Investigation investigation = investigations.findByCaseNo(scope, caseNo).orElseThrow(AccountabilityException::notFound);
        TeamMember member = investigations.membership(scope, investigation)
                .orElseThrow(() -> AccountabilityException.conflict("investigation.recusal.notMember"));
        if (member.recusal() != Recusal.PENDING) {
            throw AccountabilityException.conflict("investigation.recusal.already");
        }
        String text = conflict ? Inputs.text("statement", statement, 2000) : Inputs.optional("statement", statement, 2000);
        member.declare(conflict, text, clock.instant());
        access.history(scope, investigation, conflict ? InvestigationHistory.Action.CONFLICT_DECLARED
                : InvestigationHistory.Action.RECUSAL_DECLARED, conflict ? text : null, "user=" + member.userId());
        investigations.flush();
        if (conflict && member.employeeNo() != null) {
            involvement.recordInvolved(AUDIT_INVESTIGATION, investigation.id(), member.employeeNo(), "investigation.conflict");
        }
        audit.record(AuditAction.UPDATE, "INVESTIGATION_MEMBER", investigation.caseNo() + ":" + member.userId(),
                List.of(new FieldChange("recusal", Recusal.PENDING.name(), member.recusal().name())));
        return new RecusalResult(investigation.caseNo(), member.recusal());
    }

    public record Page(long total, List<InvestigationSummary> items) {
    }

    public record RecusalResult(String caseNo, Recusal recusal) {
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private InvestigationDetail detail(Scope scope, Investigation investigation) {
        List<InvestigationSubject> subjects = investigations.subjects(scope, investigation);
        InvestigationSummary summary = summary(investigation, subjects.stream().map(InvestigationSubject::name).toList(), false);
        List<CaseSubject> subjectViews = subjects.stream()
                .map(s -> new CaseSubject(s.employeeNo(), s.name(), s.enterpriseCode(), s.post(), s.enterpriseHead()))
                .toList();
        List<CaseMember> team = investigations.team(scope, investigation).stream()
                .map(m -> new CaseMember(m.userId(), m.name(), m.department(), m.teamRole(), m.recusal(),
                        m.declaredAt())).toList();
        InvestigationLifecycle.TeamState state = teamState(scope, investigation);
        return new InvestigationDetail(summary, investigation.plan(), investigations.clueNumbers(scope, investigation),
                subjectViews, team, InvestigationLifecycle.next(investigation.status(), scope.roles()), false,
                withJurisdiction(scope, investigation,
                        InvestigationLifecycle.actions(investigation.status(), scope.roles(), state)),
                InvestigationLifecycle.nextStep(investigation.status(), state), null);
    }

    /**
     * Concluding offered only to the confirmed handling unit of a LARGER or MAJOR case, else disabled with the reason
     * in a short sentence of its own (the page shows one argument beside a step: the unit's name).
     */
    private List<CaseAction> withJurisdiction(Scope scope, Investigation investigation, List<CaseAction> actions) {
        return actions.stream().map(a -> a.to() != InvestigationStatus.CONCLUDED || a.reasonKey() != null ? a
                : jurisdiction.blocker(scope, investigation)
                        .map(b -> new CaseAction(a.to(), a.approval(), a.reasonRequired(),
                                b.confirmed() ? "jurisdiction.action.otherUnit" : "jurisdiction.action.notConfirmed",
                                List.of(b.unitName())))
                        .orElse(a)).toList();
    }

    private InvestigationLifecycle.TeamState teamState(Scope scope, Investigation investigation) {
        List<TeamMember> team = investigations.team(scope, investigation).stream().filter(TeamMember::onTeam).toList();
        boolean leaderAssigned = team.stream().anyMatch(m -> m.teamRole() == TeamRole.LEADER);
        boolean leaderDeclared = team.stream().anyMatch(m -> m.teamRole() == TeamRole.LEADER && m.recusal() == Recusal.NO_CONFLICT);
        List<String> pending = team.stream().filter(m -> m.recusal() == Recusal.PENDING).map(TeamMember::name).toList();
        boolean works = scope.hasAny(Role.OFFICE, Role.LEADER)
                || investigations.membership(scope, investigation).map(m -> m.recusal() == Recusal.NO_CONFLICT).orElse(false);
        return new InvestigationLifecycle.TeamState(leaderAssigned, leaderDeclared, pending, works,
                investigation.status() == InvestigationStatus.REPORT_DRAFTED ? investigations.unclassified(scope, investigation) : List.of());
    }

    private static InvestigationSummary summary(Investigation i, List<String> subjects, boolean pending) {
        if (pending) {
            return new InvestigationSummary(i.caseNo(), null, null, null, null, null, null, null, true, i.version());
        }
        return new InvestigationSummary(i.caseNo(), i.title(), i.status(), i.owner().code(), i.owner().fullName(),
                i.lossEnterprise().code(), i.openedOn(), String.join("、", subjects), false, i.version());
    }

    private static Supplier<AccountabilityException> invalid(String field, String key, Object arg) {
        return () -> AccountabilityException.invalid(field, key, arg == null ? "" : arg);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
