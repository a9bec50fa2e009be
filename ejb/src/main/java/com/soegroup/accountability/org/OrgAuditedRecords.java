package com.soegroup.accountability.org;

import com.soegroup.accountability.audit.AuditedRecords;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

/**
 * Entries about a person (the employee number as the object id) are read within the scope of the person's
 * enterprise, entries about an enterprise (its code) within the scope of that enterprise: as their pages are.
 */
@ApplicationScoped
public class OrgAuditedRecords implements AuditedRecords {

    private static final List<String> PERSON_TYPES = List.of(PersonService.AUDIT_PERSON, PersonService.AUDIT_PAY);
    private static final List<String> ENTERPRISE_TYPES = List.of(EnterpriseService.AUDIT_ENTERPRISE);
    private static final String PEOPLE = "Person p JOIN p.enterprise e";

    @Override
    public String about() {
        return "(" + AuditedRecords.ofTypes(PERSON_TYPES) + " OR " + AuditedRecords.ofTypes(ENTERPRISE_TYPES) + ")";
    }

    @Override
    public Scope.Condition visible(Scope scope) {
        Scope.Condition within = scope.within("e.path");
        return new Scope.Condition("(" + AuditedRecords.byNumber(PERSON_TYPES, PEOPLE, "p.employeeNo", within) + " OR "
                + AuditedRecords.byNumber(ENTERPRISE_TYPES, "Enterprise e", "e.code", within) + ")", within.parameters());
    }

    /** For an area whose entries are about a person, under object types of its own (promotion eligibility's). */
    public static Scope.Condition visiblePerson(Scope scope, Collection<String> types) {
        Scope.Condition within = scope.within("e.path");
        return new Scope.Condition(AuditedRecords.byNumber(types, PEOPLE, "p.employeeNo", within), within.parameters());
    }
}
