package com.soegroup.accountability.org;

import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The organs of enterprises, within the caller's scope (the enterprise's path). */
@ApplicationScoped
public class OrganRepository {

    @PersistenceContext
    private EntityManager em;

    public List<AccountabilityOrgan> of(Scope scope, Enterprise enterprise) {
        Scope.Condition within = scope.within("e.path");
        return within.bind(em.createQuery("SELECT o FROM AccountabilityOrgan o JOIN o.enterprise e "
                        + "WHERE e = :enterprise AND " + within.jpql() + " ORDER BY o.kind", AccountabilityOrgan.class))
                .setParameter("enterprise", enterprise)
                .getResultList();
    }

    public List<OrganHistory> history(Scope scope, AccountabilityOrgan organ) {
        Scope.Condition within = scope.within("e.path");
        return within.bind(em.createQuery("SELECT h FROM OrganHistory h JOIN h.organ o JOIN o.enterprise e "
                        + "WHERE o = :organ AND " + within.jpql() + " ORDER BY h.occurredAt DESC, h.id DESC", OrganHistory.class))
                .setParameter("organ", organ)
                .getResultList();
    }

    public void add(AccountabilityOrgan organ) {
        em.persist(organ);
    }

    public void add(OrganHistory line) {
        em.persist(line);
    }

    public void flush() {
        em.flush();
    }
}
