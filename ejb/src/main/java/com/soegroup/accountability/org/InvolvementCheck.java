package com.soegroup.accountability.org;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.shared.AccountabilityException;
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
import java.util.List;
import java.util.Map;

/**
 * The recusal hook (rules.md §10) for the case areas: record who is involved in a case object, and list them.
 * Whether the caller is involved is asked in the queries themselves: lists and look-ups by number filter with
 * {@code scope.notInvolved(type, idExpression)}, so an object the caller is involved in is "not found" exactly
 * as one outside the scope.
 */
@Stateless
@DenyAll
public class InvolvementCheck {

    /** "Today" is a Chinese business day (shared.ApplicationClock); a test may set it. */
    @Inject
    private Clock clock;

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private PersonRepository people;

    @PersistenceContext
    private EntityManager em;

    /**
     * Records that the person with {@code employeeNo} is involved in the object. The person may be outside the
     * caller's scope (a liaison may report on someone of the parent enterprise); only the link is written.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON})
    public void recordInvolved(String objectType, long objectId, String employeeNo, String reason) {
        Person person = people.findByEmployeeNoUnscoped(employeeNo)
                .orElseThrow(() -> AccountabilityException.invalid("employeeNo", "person.unknown", employeeNo));
        if (isInvolved(person.id(), objectType, objectId)) {
            return;
        }
        Scope scope = scopes.current();
        em.persist(new InvolvedPerson(objectType, objectId, person.id(), reason, scope.userId(), clock.instant()));
        audit.record(AuditAction.CREATE, "INVOLVED_PERSON", objectType + ":" + objectId, List.of(),
                Map.of("employeeNo", person.employeeNo(), "reason", reason == null ? "" : reason));
    }

    /** Employee numbers of everyone recorded as involved in the object (for the case's own pages). */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public List<String> involvedEmployeeNos(String objectType, long objectId) {
        return em.createQuery("SELECT p.employeeNo FROM InvolvedPerson i, Person p WHERE p.id = i.personId "
                        + "AND i.objectType = :type AND i.objectId = :id ORDER BY p.employeeNo", String.class)
                .setParameter("type", objectType).setParameter("id", objectId).getResultList();
    }

    private boolean isInvolved(long personId, String objectType, long objectId) {
        return !em.createQuery("SELECT i.id FROM InvolvedPerson i WHERE i.personId = :person AND i.objectType = :type "
                        + "AND i.objectId = :id", Long.class)
                .setParameter("person", personId).setParameter("type", objectType).setParameter("id", objectId)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
