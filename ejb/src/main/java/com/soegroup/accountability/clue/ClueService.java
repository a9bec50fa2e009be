package com.soegroup.accountability.clue;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.org.EnterpriseRepository;
import com.soegroup.accountability.org.InvolvementCheck;
import com.soegroup.accountability.rule.level.ClueLevelRule;
import com.soegroup.accountability.rule.level.LossLevelResult;
import com.soegroup.accountability.ruleset.CircumstanceClassifier;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.CircumstanceRef;
import com.soegroup.accountability.shared.CluesMerged;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.NumberSeries;
import com.soegroup.accountability.shared.Numbering;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import com.soegroup.accountability.shared.Submissions;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A clue of the ledger (问题线索台账): registration with the unified ledger number, its page and history, its
 * lifecycle ({@link ClueLifecycle}) and the caller's open work on clues. The ledger's pages are
 * {@link ClueLedgerService}'s; supervision, files, the reporter's messages and the close-out reconciliation have
 * services of their own. Everything is within the caller's scope and recusal (a clue outside is "not found");
 * every write and every read of clue content goes to the audit trail.
 * <p>
 * Who: OFFICE registers for its scope and LIAISON for its own enterprise; OFFICE, LEADER, LIAISON (its
 * enterprise) and AUDITOR (read-only) read clues; the reporter's identity only OFFICE and LEADER.
 */
@Stateless
@DenyAll
public class ClueService {

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @EJB
    private InvolvementCheck involvement;

    @Inject
    private CircumstanceClassifier classifier;

    @Inject
    private ClueAccess access;

    @Inject
    private ClueRepository clues;

    @Inject
    private EnterpriseRepository enterprises;

    @Inject
    private Numbering numbering;

    @Inject
    private Submissions submissions;

    @Inject
    private ClueLevels levels;

    @Inject
    private Event<CluesMerged> merged;

    // --- registration ----------------------------------------------------------------------------------------

    /**
     * Registers a clue and gives it the next number of its enterprise's ledger for this year. Everything is
     * checked before the number is drawn; should anything fail after, the transaction rolls back and the
     * number with it.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    public ClueDetail register(ClueData data) {
        return register(data, null);
    }

    /**
     * {@link #register(ClueData)} from the registration page, whose form carries a token: the same form posted twice
     * registers once, the second post is refused naming the clue ({@link Submissions}).
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    public ClueDetail register(ClueData data, String formToken) {
        submissions.claim(formToken, ClueRepository.OBJECT_TYPE);
        Scope scope = scopes.current();
        LocalDate today = access.today();
        Enterprise enterprise = registrable(scope, data == null ? null : data.enterprise());
        ClueData clean = ClueValidation.validate(data, today);
        List<ClueData.PersonConcerned> persons = resolvePersons(clean.persons());

        Set<CircumstanceRef> suspected = classifier.resolveFor("violations", enterprise.path(), clean.circumstances());
        ClueLevelRule.Settled level = levels.settle(enterprise, clean, today);
        Numbering.Issued number = numbering.next(NumberSeries.CLUE, enterprise.code(), today.getYear());
        String ledgerNo = number.number();
        submissions.created(formToken, ledgerNo);
        Clue clue = new Clue(clean, level, enterprise, ledgerNo, number.year(), number.serial(), today, scope.userId());
        clue.classify(suspected);
        clues.persist(clue);
        for (ClueData.PersonConcerned p : persons) {
            clues.persist(new CluePerson(clue, p.employeeNo(), p.name(), p.note()));
        }
        access.history(scope, clue, ClueHistory.Action.REGISTERED, null, ClueStatus.REGISTERED, null,
                suspected.isEmpty() ? null : "violations=" + ClueCircumstanceService.names(classifier.describe(suspected)));
        if (level.raised()) {
            access.history(scope, clue, ClueHistory.Action.LEVEL_RAISED, null, null, level.reason(),
                    "computed=" + level.computed() + "; level=" + level.level());
        }
        clues.flush();
        for (ClueData.PersonConcerned p : persons) {
            if (p.employeeNo() != null) {
                // the person concerned never sees the clue (rules.md §10)
                involvement.recordInvolved(ClueRepository.OBJECT_TYPE, clue.id(), p.employeeNo(), "clue.person");
            }
        }
        levels.announce(clue, scope.userId(), false);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("enterprise", enterprise.code());
        after.put("source", clean.source());
        after.put("receivedOn", clean.receivedOn());
        after.put("possibleLoss", clean.possibleLoss());
        after.put("level", level.level());
        after.put("computedLevel", level.computed());
        if (level.raised()) {
            after.put("levelReason", level.reason());
        }
        after.put("persons", persons.size());
        if (!suspected.isEmpty()) {
            after.put("circumstances", ClueCircumstanceService.names(classifier.describe(suspected)));
        }
        after.put("status", ClueStatus.REGISTERED);
        audit.record(AuditAction.CREATE, ClueRepository.OBJECT_TYPE, ledgerNo, FieldChange.diff(Map.of(), after));
        return access.detail(scope, clue, persons, List.of(), null, today);
    }

    /**
     * The level the rules give a possible loss of an enterprise of the caller's scope today (M§19), for the form to
     * show before saving; empty without a loss. Reads organisation data only: nothing is audited.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    public Optional<LossLevelResult> computedLevel(String enterpriseCode, BigDecimal possibleLoss) {
        Scope scope = scopes.current();
        if (enterpriseCode == null || enterpriseCode.isBlank()) {
            return Optional.empty();
        }
        return enterprises.findByCode(scope, enterpriseCode.strip())
                .flatMap(enterprise -> levels.computed(enterprise, possibleLoss, access.today()));
    }

    // --- reading ---------------------------------------------------------------------------------------------

    /** One clue by its ledger number; its content and, for OFFICE and LEADER, the reporter are logged as read. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public ClueDetail detail(String ledgerNo) {
        return read(access.find(scopes.current(), ledgerNo));
    }

    /**
     * The clue if the caller still sees it: after a transfer out of their scope, a page that showed it keeps what
     * it showed without asking again for what is now "not found".
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public Optional<ClueDetail> detailIfVisible(String ledgerNo) {
        return clues.findByLedgerNo(scopes.current(), ledgerNo).map(this::read);
    }

    private ClueDetail read(Clue clue) {
        Scope scope = scopes.current();
        ClueDetail detail = access.detail(scope, clue, access.today());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("reporterIdentity", detail.reporterVisible() && (clue.reporterName() != null || clue.reporterContact() != null));
        audit.record(AuditAction.READ, ClueRepository.OBJECT_TYPE, clue.ledgerNo(), List.of(), facts);
        return detail;
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public List<ClueHistoryEntry> history(String ledgerNo) {
        Scope scope = scopes.current();
        Clue clue = access.find(scope, ledgerNo);
        List<ClueHistoryEntry> entries = clues.history(scope, clue).stream()
                .map(h -> new ClueHistoryEntry(h.occurredAt(), h.userId(), h.action(), h.fromStatus(), h.toStatus(),
                        h.reason(), h.details()))
                .toList();
        audit.record(AuditAction.READ, ClueRepository.OBJECT_TYPE, clue.ledgerNo(), List.of(), Map.of("history", entries.size()));
        return entries;
    }

    // --- lifecycle -------------------------------------------------------------------------------------------

    /**
     * Moves a clue to another state. {@code expectedVersion} must be the version the user read: a clue
     * changed meanwhile is a conflict, and nothing is overwritten.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER})
    public ClueDetail transition(String ledgerNo, Integer expectedVersion, TransitionInput input) {
        Scope scope = scopes.current();
        Clue clue = access.find(scope, ledgerNo);
        Inputs.version(expectedVersion, clue.version());
        LocalDate today = access.today();
        ClueLifecycle.check(clue.status(), scope.roles(), input, today);
        ClueStatus from = clue.status();
        String ownerBefore = clue.owner().code();
        String reason = Inputs.strip(input.reason());
        List<String> details = new ArrayList<>();
        switch (input.to()) {
            case CHECKING -> {
                clue.startChecking(input.handler().strip(), input.deadline());
                details.add("handler=" + input.handler().strip());
                details.add("deadline=" + input.deadline());
            }
            case ACCEPTED, NOT_ACCEPTED -> clue.dispose(input.to(), reason);
            case TRANSFERRED -> {
                Enterprise receiving = null;
                String organ = Inputs.strip(input.receivingOrgan());
                if (input.transferKind().withinGroup()) {
                    receiving = receivingUnit(clue, input);
                    organ = receiving.fullName();
                }
                clue.transfer(input.transferKind(), organ, input.reference().strip(), receiving, reason);
                details.add("kind=" + input.transferKind());
                details.add("to=" + (receiving == null ? organ : receiving.code()));
                details.add("reference=" + input.reference().strip());
            }
            case MERGED -> {
                Clue survivor = survivor(scope, clue, input.survivor());
                clue.mergeInto(survivor, reason);
                access.history(scope, survivor, ClueHistory.Action.MERGED_IN, null, null, reason, "merged=" + clue.ledgerNo());
                details.add("survivor=" + survivor.ledgerNo());
                // one event, one report: the reporting area joins their reports in this transaction
                merged.fire(new CluesMerged(clue.id(), survivor.id(), scope.userId()));
            }
            case OUT_OF_SCOPE -> {
                clue.outOfScope(input.reference().strip(), reason);
                details.add("reference=" + input.reference().strip());
            }
            case CLOSED -> {
                List<OpenWork> open = access.openWork(List.of(clue.id())).getOrDefault(clue.id(), List.of());
                if (!open.isEmpty()) {
                    throw AccountabilityException.refused("clue.close.openWork", open.size());
                }
                clues.runningSupervision(scope, clue).ifPresent(s -> s.end(today));
                clue.close(today, scope.userId());
            }
            default -> throw new IllegalStateException("no transition to " + input.to());
        }
        access.history(scope, clue, ClueHistory.Action.TRANSITION, from, input.to(), reason,
                details.isEmpty() ? null : String.join("; ", details));
        clues.flush();
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("status", from.name(), input.to().name()));
        if (!Objects.equals(ownerBefore, clue.owner().code())) {
            changes.add(new FieldChange("owner", ownerBefore, clue.owner().code()));
        }
        audit.record(AuditAction.STATE_CHANGE, ClueRepository.OBJECT_TYPE, clue.ledgerNo(), changes,
                Map.of("details", String.join("; ", details)));
        if (!scope.covers(clue.owner().path())) {
            // transferred out of the caller's scope: what they just did, nothing the receiving unit adds later
            return access.detail(scope, clue, List.of(), List.of(), null, today);
        }
        return access.detail(scope, clue, today);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** LIAISON registers for its own enterprise only, OFFICE for any in its scope. */
    private Enterprise registrable(Scope scope, String code) {
        if (code == null || code.isBlank()) {
            throw AccountabilityException.invalid("enterprise", "field.required");
        }
        Enterprise enterprise = enterprises.findByCode(scope, code)
                .orElseThrow(() -> AccountabilityException.invalid("enterprise", "enterprise.unknown", code.strip()));
        if (!scope.has(Role.OFFICE) && !enterprise.code().equals(scope.homeEnterprise())) {
            throw AccountabilityException.invalid("enterprise", "clue.enterprise.ownOnly", scope.homeEnterprise());
        }
        if (!enterprise.isActive()) {
            throw AccountabilityException.invalid("enterprise", "enterprise.notActive", enterprise.code());
        }
        return enterprise;
    }

    /** A person given by employee number takes the name on record; an unknown number is bad input. */
    private List<ClueData.PersonConcerned> resolvePersons(List<ClueData.PersonConcerned> persons) {
        List<ClueData.PersonConcerned> resolved = new ArrayList<>();
        for (int i = 0; i < persons.size(); i++) {
            ClueData.PersonConcerned p = persons.get(i);
            if (p.employeeNo() == null) {
                resolved.add(p);
                continue;
            }
            int index = i;
            String name = clues.personNameGroupWide(p.employeeNo())
                    .orElseThrow(() -> AccountabilityException.invalid("persons[" + index + "].employeeNo", "person.unknown", p.employeeNo()));
            resolved.add(new ClueData.PersonConcerned(p.employeeNo(), name, p.note()));
        }
        return resolved;
    }

    private Enterprise receivingUnit(Clue clue, TransitionInput input) {
        Enterprise receiving = clues.enterpriseGroupWide(input.receivingEnterprise())
                .orElseThrow(() -> AccountabilityException.invalid("receivingEnterprise", "enterprise.unknown", input.receivingEnterprise()));
        if (!receiving.isActive()) {
            throw AccountabilityException.invalid("receivingEnterprise", "enterprise.notActive", receiving.code());
        }
        Enterprise owner = clue.owner();
        if (receiving.id().equals(owner.id())) {
            throw AccountabilityException.invalid("receivingEnterprise", "clue.transfer.sameUnit");
        }
        // paths through the accessors: owner may be a lazy proxy, whose fields Enterprise.contains would read raw
        if (input.transferKind() == TransferKind.HIGHER_LEVEL && !owner.path().startsWith(receiving.path())) {
            throw AccountabilityException.invalid("receivingEnterprise", "clue.transfer.notHigher", receiving.code());
        }
        return receiving;
    }

    private Clue survivor(Scope scope, Clue clue, String ledgerNo) {
        Clue survivor = clues.findByLedgerNo(scope, ledgerNo)
                .orElseThrow(() -> AccountabilityException.invalid("survivor", "clue.survivor.unknown", ledgerNo.strip()));
        if (survivor.id().equals(clue.id())) {
            throw AccountabilityException.invalid("survivor", "clue.survivor.self");
        }
        if (survivor.status() == ClueStatus.MERGED || survivor.status() == ClueStatus.CLOSED) {
            throw AccountabilityException.invalid("survivor", "clue.survivor.notOpen", survivor.ledgerNo());
        }
        return survivor;
    }
}
