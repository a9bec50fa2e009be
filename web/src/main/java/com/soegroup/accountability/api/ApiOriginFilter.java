package com.soegroup.accountability.api;

import com.soegroup.accountability.shared.ErrorCode;
import com.soegroup.accountability.shared.Settings;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request forgery: a browser sends the session cookie of a signed-in user with a request another site
 * makes it send (a form posted to the API created an attachment). A write to the API signed in by that cookie — no
 * Authorization header — must come from the application's own pages: its Origin (or, without one, its Referer) is
 * the configured address (Settings#baseUrl) or the request's own, else 403 and nothing is read or written. A
 * request without either is refused too: browsers send Origin with every cross-site write. Calls with BASIC
 * credentials carry no cookie's authority and are not affected, nor are reads and the open paths without a user.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiOriginFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        String origin = request.getHeaderString("Origin");
        String claimed = origin != null ? origin : origin(request.getHeaderString("Referer"));
        if (!allowed(claimed, request.getUriInfo(), Settings.baseUrl())) {
            Locale locale = ApiMessages.choose(request.getAcceptableLanguages());
            request.abortWith(ApiResponses.error(403, ErrorCode.FORBIDDEN, ApiMessages.text(locale, "api.crossOrigin"), null));
        }
    }

    /** Whether the origin a request names is the application's: the configured address's or the request's own. */
    static boolean allowed(String claimed, UriInfo uri, String baseUrl) {
        String origin = normal(claimed);
        return origin != null && (origin.equals(normal(origin(baseUrl))) || origin.equals(normal(origin(uri.getBaseUri().toString()))));
    }

    /** scheme://host[:port] of an address, or null. */
    static String origin(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(address.strip());
            return uri.getScheme() == null || uri.getRawAuthority() == null ? null : uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** An origin in one form: lower case, without the scheme's default port; "null" (an opaque origin) is none. */
    static String normal(String origin) {
        if (origin == null || origin.isBlank() || "null".equals(origin.strip())) {
            return null;
        }
        String o = origin.strip().toLowerCase(Locale.ROOT);
        if (o.startsWith("http://") && o.endsWith(":80")) {
            return o.substring(0, o.length() - 3);
        }
        if (o.startsWith("https://") && o.endsWith(":443")) {
            return o.substring(0, o.length() - 4);
        }
        return o;
    }
}
