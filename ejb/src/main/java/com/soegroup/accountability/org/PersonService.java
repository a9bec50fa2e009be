package com.soegroup.accountability.org;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.ErrorCode;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * People and their pay, within the caller's scope. Pay is for HR, OFFICE and LEADER only; the ID-document
 * number is taken in clear, checked, and stored only as a keyed hash and its last four characters.
 */
@Stateless
@DenyAll
public class PersonService {

    /** The object types this service writes to the audit trail. */
    public static final String AUDIT_PERSON = "PERSON";
    public static final String AUDIT_PAY = "PERSON_PAY";

    static final Role[] PAY_ROLES = {Role.HR, Role.OFFICE, Role.LEADER};
    static final int MAX_PAGE = 500;

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private PersonRepository people;

    @Inject
    private EnterpriseRepository enterprises;

    /**
     * People of the scope matching the filter. {@code enterpriseCode} narrows to one enterprise (with its
     * subsidiaries when asked); an enterprise outside the scope is "not found", as any record there.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public PersonPage search(String text, String enterpriseCode, boolean includeSubsidiaries, PersonStatus status,
                             int first, int max) {
        Scope scope = scopes.current();
        String path = null;
        if (enterpriseCode != null && !enterpriseCode.isBlank()) {
            path = enterprises.findByCode(scope, enterpriseCode).orElseThrow(AccountabilityException::notFound).path();
        }
        PersonFilter filter = new PersonFilter(text, path, includeSubsidiaries, status);
        int size = Math.max(1, Math.min(max, MAX_PAGE));
        List<PersonSummary> page = people.search(scope, filter, Math.max(0, first), size).stream()
                .map(PersonSummary::of).toList();
        if (scope.has(Role.AUDITOR)) {
            // workflow.md: every read of an auditor is logged; a list once per page
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("first", first);
            facts.put("shown", page.size());
            facts.put("text", text == null ? "" : text);
            facts.put("enterprise", enterpriseCode == null ? "" : enterpriseCode);
            audit.record(AuditAction.READ, "PERSON_LIST", null, List.of(), facts);
        }
        return new PersonPage(people.count(scope, filter), page);
    }

    /**
     * Who can be put on a case's team: people of the scope with a sign-in account whose name, employee number
     * or sign-in name contains the text (a picker's suggestions, at most {@code max}). Names and numbers only,
     * as any people list shows them; not logged.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER})
    public List<UserPick> users(String text, int max) {
        Scope scope = scopes.current();
        return people.users(scope, text, Math.max(1, Math.min(max, 50))).stream()
                .map(p -> new UserPick(p.ldapUserId(), p.employeeNo(), p.name(),
                        p.enterprise().shortName() == null ? p.enterprise().fullName() : p.enterprise().shortName(),
                        p.department(), p.post()))
                .toList();
    }

    /** How many people match (for a paged list's size): a number only, not logged. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public long count(String text, String enterpriseCode, boolean includeSubsidiaries, PersonStatus status) {
        Scope scope = scopes.current();
        String path = null;
        if (enterpriseCode != null && !enterpriseCode.isBlank()) {
            path = enterprises.findByCode(scope, enterpriseCode).orElseThrow(AccountabilityException::notFound).path();
        }
        return people.count(scope, new PersonFilter(text, path, includeSubsidiaries, status));
    }

    /** Records that the user exported the people list with this filter (the page's Excel export). */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public void recordExport(String text, String enterpriseCode, PersonStatus status) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("text", text == null ? "" : text);
        facts.put("enterprise", enterpriseCode == null ? "" : enterpriseCode);
        facts.put("status", status == null ? "" : status.name());
        audit.record(AuditAction.EXPORT, "PERSON_LIST", null, List.of(), facts);
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public PersonDetail detail(String employeeNo) {
        Scope scope = scopes.current();
        Person p = people.findByEmployeeNo(scope, employeeNo).orElseThrow(AccountabilityException::notFound);
        PersonDetail detail = detail(scope, p);
        // ID data (and pay, for the roles that see it) is confidential: every read leaves a trace
        audit.record(AuditAction.READ, AUDIT_PERSON, p.employeeNo(), List.of(), Map.of("payShown", detail.payVisible()));
        return detail;
    }

    @RolesAllowed({Role.R_HR, Role.R_OFFICE, Role.R_LEADER})
    public List<PayYear> pay(String employeeNo) {
        Scope scope = scopes.current();
        Person p = people.findByEmployeeNo(scope, employeeNo).orElseThrow(AccountabilityException::notFound);
        List<PayYear> pay = people.pay(scope, p).stream().map(PayYear::of).toList();
        audit.record(AuditAction.READ, AUDIT_PAY, p.employeeNo(), List.of(), Map.of("years", pay.size()));
        return pay;
    }

    /**
     * Changes a person. {@code expectedVersion} is the version the editor saw: if someone saved in between,
     * the save is refused as stale and nothing is overwritten. The linked account ({@code ldapUserId}) only ADMIN
     * changes (the entry records its old and new value): HR sends it back as read, a change is refused (403).
     */
    @RolesAllowed({Role.R_ADMIN, Role.R_HR})
    public PersonDetail update(String employeeNo, int expectedVersion, PersonInput input) {
        Scope scope = scopes.current();
        Person p = people.findByEmployeeNo(scope, employeeNo).orElseThrow(AccountabilityException::notFound);
        if (p.version() != expectedVersion) {
            throw AccountabilityException.stale();
        }
        PersonInput in = PersonImportRules.tidy(input);
        if (!Objects.equals(in.ldapUserId(), p.ldapUserId()) && !scope.has(Role.ADMIN)) {
            throw linkRefused();
        }
        List<Problem> problems = OrgRules.checkPerson(in);
        if (!problems.isEmpty()) {
            Problem first = problems.get(0);
            throw AccountabilityException.invalid(first.field(), first.messageKey(), first.arguments().toArray());
        }
        Enterprise enterprise = enterprises.findByCode(scope, in.enterpriseCode())
                .orElseThrow(() -> AccountabilityException.invalid("enterprise", "enterprise.unknown", in.enterpriseCode()));
        if (!enterprise.isActive() && enterprise != p.enterprise()) {
            throw AccountabilityException.invalid("enterprise", "enterprise.notActive", enterprise.code());
        }
        if (in.ldapUserId() != null) {
            String holder = people.employeeNosByUserId(List.of(in.ldapUserId())).get(in.ldapUserId());
            if (holder != null && !holder.equals(p.employeeNo())) {
                throw AccountabilityException.invalid("ldapUserId", "person.ldapUserId.taken", in.ldapUserId());
            }
        }
        Map<String, Object> before = audited(p);
        p.apply(PersonImportRules.toData(in, IdNumbers::fromConfiguration), enterprise);
        people.flush();
        List<FieldChange> changes = FieldChange.diff(before, audited(p));
        if (!changes.isEmpty()) {
            audit.record(AuditAction.UPDATE, AUDIT_PERSON, p.employeeNo(), changes);
        }
        return detail(scope, p);
    }

    /**
     * The account linked to a person decides recusal: the person's own cases are kept from them by it. Whoever
     * could change the link could switch that off, so only ADMIN links accounts.
     */
    static AccountabilityException linkRefused() {
        return new AccountabilityException(ErrorCode.FORBIDDEN, "person.ldapUserId.adminOnly", "ldapUserId");
    }

    /** A person's fields as the audit trail records them: the ID document only by its last four characters. */
    static Map<String, Object> audited(Person p) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", p.name());
        fields.put("enterprise", p.enterprise().code());
        fields.put("department", p.department());
        fields.put("post", p.post());
        fields.put("postLevel", p.postLevel());
        fields.put("enterpriseHead", p.enterpriseHead());
        fields.put("leadershipMember", p.leadershipMember());
        fields.put("status", p.status());
        fields.put("statusDate", p.statusDate());
        fields.put("ldapUserId", p.ldapUserId());
        fields.put("idNumber", p.idHash() == null ? null : "****" + p.idLastFour() + " #" + p.idHash().substring(0, 8));
        return fields;
    }

    private PersonDetail detail(Scope scope, Person p) {
        boolean payVisible = scope.hasAny(PAY_ROLES);
        List<PayYear> pay = payVisible ? people.pay(scope, p).stream().map(PayYear::of).toList() : List.of();
        return new PersonDetail(PersonSummary.of(p), p.ldapUserId(), p.idLastFour(), payVisible, pay);
    }
}
