package com.soegroup.accountability.shared;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in user as the services see it.
 *
 * @param userId         the sign-in name (LDAP uid)
 * @param displayName    the name shown in the header; the user id when the directory has none
 * @param roles          the application roles granted by the user's LDAP groups
 * @param homeEnterprise the code of the user's home enterprise from the directory, or null when the
 *                       directory has none (then the user sees no case data until ADMIN assigns one)
 */
public record Caller(String userId, String displayName, Set<Role> roles,
                     String homeEnterprise) implements Serializable {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
