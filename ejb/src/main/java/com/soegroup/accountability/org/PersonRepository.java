package com.soegroup.accountability.org;

import com.soegroup.accountability.shared.Chunks;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Queries of people and their pay. Every public method takes the caller's {@link Scope}: a person is in the
 * scope when their enterprise is. Unscoped lookups (uniqueness across the group, the caller's own person)
 * are package-private.
 */
@ApplicationScoped
public class PersonRepository {

    @PersistenceContext
    private EntityManager em;

    /** One page of the people in the scope that match the filter, ordered by employee number. */
    public List<Person> search(Scope scope, PersonFilter filter, int first, int max) {
        Query q = where(scope, filter);
        TypedQuery<Person> query = em.createQuery("SELECT p FROM Person p JOIN p.enterprise e WHERE " + q.jpql
                + " ORDER BY p.employeeNo", Person.class);
        q.parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Scope scope, PersonFilter filter) {
        Query q = where(scope, filter);
        TypedQuery<Long> query = em.createQuery("SELECT count(p) FROM Person p JOIN p.enterprise e WHERE " + q.jpql, Long.class);
        q.parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    public Optional<Person> findByEmployeeNo(Scope scope, String employeeNo) {
        if (employeeNo == null) {
            return Optional.empty();
        }
        Scope.Condition in = scope.within("e.path");
        return in.bind(em.createQuery("SELECT p FROM Person p JOIN p.enterprise e WHERE p.employeeNo = :no AND " + in,
                        Person.class))
                .setParameter("no", employeeNo.strip()).getResultStream().findFirst();
    }

    /** The people of the scope among {@code employeeNos}, by employee number. */
    public Map<String, Person> byEmployeeNos(Scope scope, Collection<String> employeeNos) {
        Map<String, Person> found = new HashMap<>();
        Scope.Condition in = scope.within("e.path");
        TypedQuery<Person> query = in.bind(em.createQuery(
                "SELECT p FROM Person p JOIN p.enterprise e WHERE p.employeeNo IN :nos AND " + in, Person.class));
        for (List<String> chunk : Chunks.of(List.copyOf(employeeNos), 1000)) {
            query.setParameter("nos", chunk).getResultList().forEach(p -> found.put(p.employeeNo(), p));
        }
        return found;
    }

    /** Ids of the people of the scope among {@code employeeNos}, by employee number, without loading them. */
    public Map<String, Long> idsInScope(Scope scope, Collection<String> employeeNos) {
        Map<String, Long> found = new HashMap<>();
        Scope.Condition in = scope.within("e.path");
        var query = in.bind(em.createQuery("SELECT p.employeeNo, p.id FROM Person p JOIN p.enterprise e "
                + "WHERE p.employeeNo IN :nos AND " + in, Object[].class));
        for (List<String> chunk : Chunks.of(List.copyOf(employeeNos), 1000)) {
            query.setParameter("nos", chunk).getResultList().forEach(row -> found.put((String) row[0], (Long) row[1]));
        }
        return found;
    }

    public List<PersonPay> pay(Scope scope, Person person) {
        if (!scope.covers(person.enterprise().path())) {
            throw new IllegalArgumentException("Person " + person.employeeNo() + " is outside " + scope);
        }
        return em.createQuery("SELECT y FROM PersonPay y WHERE y.person = :p ORDER BY y.year DESC", PersonPay.class)
                .setParameter("p", person).getResultList();
    }

    /** Pay rows of the scope's people among {@code personIds}, keyed "personId/year". */
    public Map<String, PersonPay> payOf(Scope scope, Collection<Long> personIds) {
        Map<String, PersonPay> found = new HashMap<>();
        Scope.Condition in = scope.within("y.person.enterprise.path");
        TypedQuery<PersonPay> query = in.bind(em.createQuery(
                "SELECT y FROM PersonPay y WHERE y.person.id IN :ids AND " + in, PersonPay.class));
        for (List<Long> chunk : Chunks.of(List.copyOf(personIds), 1000)) {
            query.setParameter("ids", chunk).getResultList().forEach(y -> found.put(y.person().id() + "/" + y.year(), y));
        }
        return found;
    }

    /**
     * People of the scope who can sign in (they have a directory account), matching the text in their name,
     * employee number or sign-in name: the candidates for a case's team, for a picker. Ordered by name.
     */
    public List<Person> users(Scope scope, String text, int max) {
        Scope.Condition in = scope.within("e.path");
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return in.bind(em.createQuery("SELECT p FROM Person p JOIN p.enterprise e WHERE p.ldapUserId IS NOT NULL AND "
                        + "(LOWER(p.name) LIKE :text OR LOWER(p.employeeNo) LIKE :text OR LOWER(p.ldapUserId) LIKE :text "
                        + "OR p.nameInitials LIKE :initials) AND " + in + " ORDER BY p.name, p.employeeNo", Person.class))
                .setParameter("text", "%" + likeEscape(typed) + "%").setParameter("initials", initials(typed))
                .setMaxResults(max).getResultList();
    }

    private static Query where(Scope scope, PersonFilter filter) {
        Scope.Condition in = scope.within("e.path");
        StringBuilder jpql = new StringBuilder(in.jpql());
        Map<String, Object> parameters = new LinkedHashMap<>(in.parameters());
        if (filter.text() != null && !filter.text().isBlank()) {
            String typed = filter.text().strip().toLowerCase(Locale.ROOT);
            jpql.append(" AND (LOWER(p.name) LIKE :text OR LOWER(p.employeeNo) LIKE :text OR p.nameInitials LIKE :initials)");
            parameters.put("text", "%" + likeEscape(typed) + "%");
            parameters.put("initials", initials(typed));
        }
        if (filter.enterprisePath() != null) {
            jpql.append(filter.includeSubsidiaries() ? " AND e.path LIKE :under" : " AND e.path = :under");
            parameters.put("under", filter.includeSubsidiaries() ? filter.enterprisePath() + "%" : filter.enterprisePath());
        }
        if (filter.status() != null) {
            jpql.append(" AND p.status = :status");
            parameters.put("status", filter.status());
        }
        return new Query(jpql.toString(), parameters);
    }

    /**
     * What typed letters match among the pinyin initials: a name beginning with them (zw: 张伟, 张文华). Only letters
     * are initials; anything else matches no initials at all.
     */
    private static String initials(String typed) {
        return typed.matches("[a-z]{1,20}") ? typed + "%" : "-";
    }

    private static String likeEscape(String text) {
        // JPQL LIKE without ESCAPE treats % and _ as wildcards; a searched % should match only itself
        return text.replace("%", "").replace("_", "");
    }

    private record Query(String jpql, Map<String, Object> parameters) {
    }

    // --- unscoped, for this package only ------------------------------------------------------------------

    Optional<Person> findByEmployeeNoUnscoped(String employeeNo) {
        return em.createQuery("SELECT p FROM Person p WHERE p.employeeNo = :no", Person.class)
                .setParameter("no", employeeNo.strip()).getResultStream().findFirst();
    }

    /** Employee numbers that exist anywhere in the group: an employee number is unique group-wide. */
    Map<String, Long> idsByEmployeeNoUnscoped(Collection<String> employeeNos) {
        Map<String, Long> found = new HashMap<>();
        var query = em.createQuery("SELECT p.employeeNo, p.id FROM Person p WHERE p.employeeNo IN :nos", Object[].class);
        for (List<String> chunk : Chunks.of(List.copyOf(employeeNos), 1000)) {
            query.setParameter("nos", chunk).getResultList().forEach(row -> found.put((String) row[0], (Long) row[1]));
        }
        return found;
    }

    /** Which employee number holds each LDAP user id, group-wide: one user is one person. */
    Map<String, String> employeeNosByUserId(Collection<String> userIds) {
        Map<String, String> found = new HashMap<>();
        var query = em.createQuery("SELECT p.ldapUserId, p.employeeNo FROM Person p WHERE p.ldapUserId IN :uids", Object[].class);
        for (List<String> chunk : Chunks.of(List.copyOf(userIds), 1000)) {
            query.setParameter("uids", chunk).getResultList().forEach(row -> found.put((String) row[0], (String) row[1]));
        }
        return found;
    }

    void persist(Object entity) {
        em.persist(entity);
    }

    void flush() {
        em.flush();
    }

    void flushAndClear() {
        em.flush();
        em.clear();
    }

    Enterprise enterpriseReference(Long id) {
        return em.getReference(Enterprise.class, id);
    }

    Person personReference(Long id) {
        return em.getReference(Person.class, id);
    }
}
