package com.soegroup.accountability.shared;

import jakarta.persistence.Query;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * What the caller may see (workflow.md "Scope"): the subtrees of the group tree under the home enterprise
 * and under any extra grants, minus the case objects the caller's own person is involved in (recusal).
 * <p>
 * Computed once per request by {@link ScopeService#current()}. Every repository query of scoped data
 * takes a Scope and adds {@link #within(String)} on the enterprise path of the record (and, for case objects,
 * {@link #notInvolved(String, String)}); a repository of scoped data has no method without a Scope
 * parameter. A record outside the scope is simply not found: the API answers 404, the same by id as in lists.
 */
public final class Scope implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String userId;
    private final Set<Role> roles;
    private final String homeEnterprise;
    private final List<String> rootPaths;
    private final List<String> rootCodes;
    private final Long personId;

    /**
     * @param userId         the caller's sign-in name
     * @param roles          the caller's application roles
     * @param homeEnterprise the code of the effective home enterprise (LDAP or ADMIN's override), or null
     * @param roots          tree path ("/1/7/") by enterprise code, of the home enterprise and every grant
     * @param personId       the person linked to the caller's user id, or null
     */
    public Scope(String userId, Set<Role> roles, String homeEnterprise, Map<String, String> roots, Long personId) {
        this.userId = userId;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.homeEnterprise = homeEnterprise;
        this.personId = personId;
        // A grant inside another root adds nothing; dropping it keeps the predicate short.
        List<Map.Entry<String, String>> sorted = new ArrayList<>(roots.entrySet());
        sorted.sort(Comparator.comparing(Map.Entry::getValue));
        List<String> paths = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (Map.Entry<String, String> root : sorted) {
            if (paths.stream().noneMatch(root.getValue()::startsWith)) {
                paths.add(root.getValue());
                codes.add(root.getKey());
            }
        }
        this.rootPaths = List.copyOf(paths);
        this.rootCodes = List.copyOf(codes);
    }

    public String userId() {
        return userId;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role role : any) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** The effective home enterprise's code, or null when the caller has none (and so sees nothing). */
    public String homeEnterprise() {
        return homeEnterprise;
    }

    /** Codes of the enterprises whose subtrees the caller sees, outermost only. */
    public List<String> rootCodes() {
        return rootCodes;
    }

    /** The person the caller is (for recusal), or null when no person is linked to the user id. */
    public Long personId() {
        return personId;
    }

    public boolean isEmpty() {
        return rootPaths.isEmpty();
    }

    /** Whether an enterprise with this tree path is in the scope: for a record already loaded by id. */
    public boolean covers(String enterprisePath) {
        return enterprisePath != null && rootPaths.stream().anyMatch(enterprisePath::startsWith);
    }

    /**
     * The predicate "this enterprise path is in the scope", for JPQL or SQL alike: pass the path expression
     * of the record's enterprise, e.g. {@code within("e.path")} or {@code within("c.enterprise.path")}.
     * An empty scope yields a predicate that is never true.
     */
    public Condition within(String pathExpression) {
        return within(pathExpression, "scopeRoot");
    }

    /**
     * The same, with its parameters named {@code <parameterPrefix>0, 1, …}: for a query that tests two paths
     * (e.g. the deciding unit's or the person's enterprise) in one predicate.
     */
    public Condition within(String pathExpression, String parameterPrefix) {
        if (rootPaths.isEmpty()) {
            return new Condition("1 = 0", Map.of());
        }
        StringJoiner any = new StringJoiner(" OR ", "(", ")");
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < rootPaths.size(); i++) {
            String name = parameterPrefix + i;
            any.add(pathExpression + " LIKE :" + name);
            parameters.put(name, rootPaths.get(i) + "%");
        }
        return new Condition(any.toString(), parameters);
    }

    /**
     * The JPQL predicate "the caller's person is not involved in this object" (recusal), e.g.
     * {@code notInvolved("CLUE", "c.id")}. True for a caller without a linked person.
     * <p>
     * Written as NOT IN over the caller's own involvements (a handful of ids, never null): PostgreSQL reads them
     * once into a hash and checks each row against it. The equivalent NOT EXISTS became, in the generic plan of
     * a prepared statement (which cannot see how many rows the parameters match), an index probe per row:
     * five times slower on a page filtered from a million clues.
     */
    public Condition notInvolved(String objectType, String objectIdExpression) {
        if (personId == null) {
            return Condition.ALWAYS;
        }
        String suffix = objectType.replaceAll("[^A-Za-z0-9]", "");
        String alias = "recusal" + suffix;
        return new Condition(objectIdExpression + " NOT IN (SELECT " + alias + ".objectId FROM InvolvedPerson " + alias
                + " WHERE " + alias + ".objectType = :recusalType" + suffix + " AND " + alias + ".personId = :recusalPerson"
                + suffix + ")",
                Map.of("recusalType" + suffix, objectType, "recusalPerson" + suffix, personId));
    }

    /** The same as {@link #notInvolved(String, String)} for native SQL queries. */
    public Condition notInvolvedSql(String objectType, String objectIdColumn) {
        return personId == null ? Condition.ALWAYS : involvementSql(objectType, objectIdColumn, " NOT IN (");
    }

    private Condition involvementSql(String objectType, String objectIdColumn, String test) {
        String suffix = objectType.replaceAll("[^A-Za-z0-9]", "");
        String alias = "recusal_" + suffix.toLowerCase(Locale.ROOT);
        return new Condition(objectIdColumn + test + "SELECT " + alias + ".object_id FROM involved_person " + alias
                + " WHERE " + alias + ".object_type = :recusalType" + suffix + " AND " + alias + ".person_id = :recusalPerson"
                + suffix + ")",
                Map.of("recusalType" + suffix, objectType, "recusalPerson" + suffix, personId));
    }

    /**
     * The opposite of {@link #notInvolvedSql(String, String)}: the records the caller's person is involved in (none
     * for a caller without a linked person) — what a count kept for everyone must take back for this caller.
     */
    public Condition involvedSql(String objectType, String objectIdColumn) {
        return personId == null ? Condition.NEVER : involvementSql(objectType, objectIdColumn, " IN (");
    }

    @Override
    public String toString() {
        return "Scope[" + userId + " " + roles + " roots=" + rootCodes + " person=" + personId + "]";
    }

    /** A query fragment and the parameters it names; {@link #bind(Query)} sets them on the query. */
    public record Condition(String jpql, Map<String, Object> parameters) {

        public static final Condition ALWAYS = new Condition("1 = 1", Map.of());

        public static final Condition NEVER = new Condition("1 = 0", Map.of());

        public Condition {
            parameters = Map.copyOf(parameters);
        }

        public Condition and(Condition other) {
            Map<String, Object> all = new LinkedHashMap<>(parameters);
            all.putAll(other.parameters);
            return new Condition("(" + jpql + ") AND (" + other.jpql + ")", all);
        }

        public Condition or(Condition other) {
            Map<String, Object> all = new LinkedHashMap<>(parameters);
            all.putAll(other.parameters);
            return new Condition("(" + jpql + ") OR (" + other.jpql + ")", all);
        }

        public <Q extends Query> Q bind(Q query) {
            parameters.forEach(query::setParameter);
            return query;
        }

        @Override
        public String toString() {
            return jpql;
        }
    }
}
