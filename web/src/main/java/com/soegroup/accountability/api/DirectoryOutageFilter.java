package com.soegroup.accountability.api;

import com.soegroup.accountability.shared.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * An API call that sent BASIC credentials and still arrives without a signed-in user: Elytron could not check them
 * (a wrong password never gets here, it is answered 401 by {@link ApiChallengeFilter}). The directory is down, so
 * the answer is 503 with the api.md body and its sentence, not the 401 of a wrong password.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class DirectoryOutageFilter implements ContainerRequestFilter {

    /** Seconds a client should wait before trying again. */
    static final String RETRY_AFTER = "30";

    @Inject
    private DirectoryOutage outage;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() != null) {
            return;
        }
        String user = basicUser(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (user == null) {
            return;
        }
        outage.signInFailed(user, "api");
        Locale locale = ApiMessages.choose(request.getAcceptableLanguages());
        request.abortWith(Response.fromResponse(ApiResponses.error(503, ErrorCode.SERVICE_UNAVAILABLE,
                        ApiMessages.text(locale, "error.directoryUnavailable"), null))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER)
                .build());
    }

    /** The user name of well-formed BASIC credentials, else null (malformed ones are a plain 401). */
    static String basicUser(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
