package com.soegroup.accountability.api;

import com.soegroup.accountability.shared.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Locale;

/**
 * Who may call which resource method: {@code @PermitAll} is open, {@code @RolesAllowed} needs a signed-in
 * user with one of the roles, and a method that says neither is closed (deny by default). Answers 401 with a
 * BASIC challenge to an anonymous caller and 403 to a signed-in one. The services check the roles again.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiSecurityFilter implements ContainerRequestFilter {

    @Context
    private ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null) {
            return;
        }
        Class<?> type = resourceInfo.getResourceClass();
        if (method.isAnnotationPresent(PermitAll.class)
                || !method.isAnnotationPresent(RolesAllowed.class) && !method.isAnnotationPresent(DenyAll.class)
                && type.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        Locale locale = ApiMessages.choose(request.getAcceptableLanguages());
        if (request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(ApiResponses.unauthorized(locale));
            return;
        }
        RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class)
                : method.isAnnotationPresent(DenyAll.class) ? null : type.getAnnotation(RolesAllowed.class);
        if (allowed != null) {
            for (String role : allowed.value()) {
                if (request.getSecurityContext().isUserInRole(role)) {
                    return;
                }
            }
        }
        request.abortWith(ApiResponses.simple(403, ErrorCode.FORBIDDEN, locale));
    }
}
