package com.soegroup.accountability.org;

import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names for the codes records keep: the person behind a sign-in name or an employee number, the enterprise behind
 * its code. Pages, histories, the audit log, exports and documents show these, never the codes.
 * <p>
 * Group-wide on purpose: a code reaches this service only from a record the caller may already read (who acted on
 * it, which unit handles it), and the name is what that record says in words. A code without a name is left out
 * of the answer; the caller shows the code then.
 */
@Stateless
@RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
public class DisplayNames {

    /** The most codes one query asks for; more are asked in several. */
    private static final int CHUNK = 500;

    @PersistenceContext
    private EntityManager em;

    /** The names of the people signing in as {@code userIds}, by sign-in name. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public Map<String, String> people(Collection<String> userIds) {
        return lookup("SELECT p.ldapUserId, p.name FROM Person p WHERE p.ldapUserId IN :codes", userIds);
    }

    /** The names of the people with {@code employeeNos}, by employee number. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public Map<String, String> employees(Collection<String> employeeNos) {
        return lookup("SELECT p.employeeNo, p.name FROM Person p WHERE p.employeeNo IN :codes", employeeNos);
    }

    /** The names people use for the enterprises with {@code codes} (the short name, else the full one), by code. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public Map<String, String> enterprises(Collection<String> codes) {
        return lookup("SELECT e.code, COALESCE(e.shortName, e.fullName) FROM Enterprise e WHERE e.code IN :codes", codes);
    }

    /** The full names of the enterprises with {@code codes}, for documents and export headings, by code. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public Map<String, String> enterpriseFullNames(Collection<String> codes) {
        return lookup("SELECT e.code, e.fullName FROM Enterprise e WHERE e.code IN :codes", codes);
    }

    private Map<String, String> lookup(String jpql, Collection<String> codes) {
        Set<String> wanted = codes == null ? Set.of() : codes.stream().filter(Objects::nonNull).map(String::strip)
                .filter(c -> !c.isEmpty()).collect(Collectors.toSet());
        Map<String, String> names = new HashMap<>();
        List<String> all = List.copyOf(wanted);
        for (int i = 0; i < all.size(); i += CHUNK) {
            for (Object[] row : em.createQuery(jpql, Object[].class)
                    .setParameter("codes", all.subList(i, Math.min(all.size(), i + CHUNK))).getResultList()) {
                if (row[1] != null) {
                    names.put((String) row[0], (String) row[1]);
                }
            }
        }
        return names;
    }
}
