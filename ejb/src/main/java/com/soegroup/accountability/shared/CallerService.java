package com.soegroup.accountability.shared;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.Attributes;

import java.util.EnumSet;
import java.util.Set;

/** Who is calling: user id, roles and the directory attributes the security realm mapped. */
@Stateless
public class CallerService {

    /** Names of the identity attributes the ldap-realm of config/security.cli maps. */
    static final String ATTRIBUTE_ENTERPRISE = "enterprise";
    static final String ATTRIBUTE_DISPLAY_NAME = "displayName";

    @Resource
    private SessionContext context;

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public Caller current() {
        String userId = context.getCallerPrincipal().getName();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (context.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        Attributes attributes = identityAttributes();
        String displayName = firstOrNull(attributes, ATTRIBUTE_DISPLAY_NAME);
        return new Caller(userId, displayName == null ? userId : displayName, roles,
                firstOrNull(attributes, ATTRIBUTE_ENTERPRISE));
    }

    private static Attributes identityAttributes() {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            return Attributes.EMPTY;
        }
        SecurityIdentity identity = domain.getCurrentSecurityIdentity();
        return identity == null ? Attributes.EMPTY : identity.getAttributes();
    }

    private static String firstOrNull(Attributes attributes, String name) {
        if (!attributes.containsKey(name) || attributes.size(name) == 0) {
            return null;
        }
        String value = attributes.get(name, 0);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
