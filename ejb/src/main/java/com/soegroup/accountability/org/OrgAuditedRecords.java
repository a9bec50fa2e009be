package com.soegroup.accountability.org;

import com.soegroup.accountability.audit.AuditedRecords;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

/**
 * Entries about a person (the employee number as the object id) are read within the scope of the person's
 * enterprise, entries about an enterprise or its accountability organs (its code) within the scope of that
 * enterprise: as their pages are.
 */
@ApplicationScoped
public class OrgAuditedRecords implements AuditedRecords {

    private static final Numbered PEOPLE = new Numbered(List.of(PersonService.AUDIT_PERSON, PersonService.AUDIT_PAY),
            "Person p JOIN p.enterprise e", "p.employeeNo");
    private static final Numbered ENTERPRISES = new Numbered(List.of(EnterpriseService.AUDIT_ENTERPRISE,
            OrganService.AUDIT_ORGAN), "Enterprise e", "e.code");

    @Override
    public String about() {
        return "(" + PEOPLE.about() + " OR " + ENTERPRISES.about() + ")";
    }

    @Override
    public Scope.Condition visible(Scope scope) {
        Scope.Condition within = scope.within("e.path");
        return new Scope.Condition("(" + PEOPLE.where(within).jpql() + " OR " + ENTERPRISES.where(within).jpql() + ")",
                within.parameters());
    }

    /** For an area whose entries are about a person, under object types of its own (promotion eligibility's). */
    public static Scope.Condition visiblePerson(Scope scope, Collection<String> types) {
        return PEOPLE.under(types).where(scope.within("e.path"));
    }
}
