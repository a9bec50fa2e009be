package com.soegroup.accountability.investigation;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.clue.Clue;
import com.soegroup.accountability.clue.CluePerson;
import com.soegroup.accountability.clue.ClueRepository;
import com.soegroup.accountability.clue.ClueStatus;
import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.org.Person;
import com.soegroup.accountability.org.PersonRepository;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "立项调查" from an accepted clue: what the opening form starts with, so nobody types a clue's or a person's
 * number by hand, and why a clue cannot be opened (the same checks {@link InvestigationService#open} makes).
 * Reading the clue's persons concerned is a read of confidential data: it goes to the audit trail.
 */
@Stateless
@DenyAll
public class InvestigationDraftService {

    static final int MAX_TITLE_FROM_SUMMARY = 60;

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private ClueRepository clues;

    @Inject
    private InvestigationRepository investigations;

    @Inject
    private PersonRepository people;

    @RolesAllowed(Role.R_OFFICE)
    public OpeningDraft fromClue(String ledgerNo) {
        Scope scope = scopes.current();
        Clue clue = clues.findByLedgerNo(scope, ledgerNo == null ? "" : ledgerNo.strip()).orElseThrow(AccountabilityException::notFound);
        String blocker = null;
        if (clue.status() != ClueStatus.ACCEPTED) {
            blocker = "investigation.clue.notAccepted";
        } else if (!investigations.cluesAlreadyInvestigated(List.of(clue.id())).isEmpty()) {
            blocker = "investigation.clue.taken";
        }
        List<CluePerson> concerned = clues.persons(scope, List.of(clue)).getOrDefault(clue.id(), List.of());
        Map<String, Person> found = people.byEmployeeNos(scope, concerned.stream().map(CluePerson::employeeNo)
                .filter(Objects::nonNull).toList());
        List<OpeningDraft.Subject> subjects = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (CluePerson p : concerned) {
            Person person = p.employeeNo() == null ? null : found.get(p.employeeNo());
            if (person == null) {
                unmatched.add(p.name());
            } else if (subjects.stream().noneMatch(s -> s.employeeNo().equals(person.employeeNo()))) {
                subjects.add(new OpeningDraft.Subject(person.employeeNo(), person.name(), name(person.enterprise()), person.post()));
            }
        }
        audit.record(AuditAction.READ, "CLUE", clue.ledgerNo(), List.of(), Map.of("part", "investigationDraft"));
        return new OpeningDraft(clue.ledgerNo(), name(clue.enterprise()), clue.summary(), title(clue.summary()), subjects,
                unmatched, blocker, blocker == null ? List.of() : List.of(clue.ledgerNo()));
    }

    /** The first sentence of the clue's summary, shortened: a title to edit, not to keep as it is. */
    static String title(String summary) {
        if (summary == null || summary.isBlank()) {
            return "";
        }
        String first = summary.strip().split("[。！？\\n]", 2)[0].strip();
        return first.length() <= MAX_TITLE_FROM_SUMMARY ? first : first.substring(0, MAX_TITLE_FROM_SUMMARY) + "…";
    }

    private static String name(Enterprise e) {
        return e.shortName() == null ? e.fullName() : e.shortName();
    }
}
