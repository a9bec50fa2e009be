package com.soegroup.accountability.shared;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one place that decides what a caller may see (workflow.md "Scope"): the home enterprise from the
 * directory unless ADMIN overrode it, plus ADMIN's extra grants, each with everything below it in the
 * current tree. Read from the database on every request, so ADMIN's change (org's {@code UserScopeService})
 * applies from the next request. Services ask {@link #current()} and hand the {@link Scope} to their
 * repositories. It lives here, not in {@code org}, because every area needs it and {@code org} records its
 * changes in {@code audit}, which needs the scope too.
 */
@Stateless
@DenyAll
public class ScopeService {

    @Inject
    private ScopeCache cache;

    @EJB
    private CallerService callers;

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    /** The caller's scope, computed once per request. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public Scope current() {
        try {
            return cache.get(context.getCallerPrincipal().getName(), this::compute);
        } catch (ContextNotActiveException noRequest) {
            // a timer or an asynchronous call: no request to cache in, so compute it for this call
            return compute();
        }
    }

    /**
     * The override's home enterprise, else the directory's (parameters: user, user, user, directory's home code);
     * the override's grants as "CODE path" joined by commas; the caller's person.
     */
    private static final String SCOPE = "SELECT h.code, h.path, "
            + "(SELECT string_agg(g.code || ' ' || g.path, ',' ORDER BY g.path) FROM user_scope_grant sg "
            + "JOIN enterprise g ON g.id = sg.enterprise_id WHERE sg.user_id = ?), "
            + "(SELECT p.id FROM person p WHERE p.ldap_user_id = ?) "
            + "FROM (SELECT 1) one LEFT JOIN user_scope u ON u.user_id = ? "
            + "LEFT JOIN enterprise h ON h.id = COALESCE(u.home_enterprise_id, (SELECT e.id FROM enterprise e WHERE e.code = ?))";

    /**
     * One round trip for what three queries read before (ADMIN's override, the home enterprise, the caller's
     * person), still on every request: the override's home enterprise, else the directory's; the override's
     * grants; the person whose sign-in name the caller has. Plain JDBC on the transaction's connection: every
     * service call starts here, and Hibernate's mapping of a native query's row cost more than the query.
     */
    private Scope compute() {
        Caller caller = callers.current();
        String directoryHome = caller.homeEnterprise() == null ? "" : caller.homeEnterprise().strip().toUpperCase(Locale.ROOT);
        ScopeRow row = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement scope = connection.prepareStatement(SCOPE)) {
                scope.setString(1, caller.userId());
                scope.setString(2, caller.userId());
                scope.setString(3, caller.userId());
                scope.setString(4, directoryHome);
                try (ResultSet r = scope.executeQuery()) {
                    r.next();
                    return new ScopeRow(r.getString(1), r.getString(2), r.getString(3), r.getObject(4, Long.class));
                }
            }
        });
        String homeCode = row.homeCode();
        Map<String, String> roots = new LinkedHashMap<>();
        if (homeCode != null) {
            roots.put(homeCode, row.homePath());
        }
        if (row.grants() != null) {
            // codes are [A-Z0-9]+ and paths (/n)+/ (enterprise_code_format, enterprise_path_format): no space or comma
            for (String grant : row.grants().split(",")) {
                int space = grant.indexOf(' ');
                roots.put(grant.substring(0, space), grant.substring(space + 1));
            }
        }
        return new Scope(caller.userId(), caller.roles(), homeCode == null ? caller.homeEnterprise() : homeCode, roots,
                row.personId());
    }

    /** The row of {@link #SCOPE}. */
    private record ScopeRow(String homeCode, String homePath, String grants, Long personId) {
    }

}
