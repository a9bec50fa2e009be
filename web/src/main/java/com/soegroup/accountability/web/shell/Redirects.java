package com.soegroup.accountability.web.shell;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Redirects to the application itself point at its configured address (Settings#baseUrl), never at the Host header
 * the request came with: the container builds absolute redirects from that header, and the sign-in remembers the
 * address of the page asked for, so a forged Host (a poisoned cache, a proxy that passes it on) could send a user,
 * just signed in, to another server. Redirects elsewhere are left alone; without a configured address the
 * browser is given the path alone, which it resolves against the address it used.
 */
final class Redirects {

    private Redirects() {
    }

    /**
     * The Location to send instead of {@code location}: a location on this application (its path within
     * {@code contextPath}), whatever host it names, on the base URL's origin, or as the path alone when there is
     * no base URL.
     */
    static String toBase(String location, String contextPath, String baseUrl) {
        URI target;
        try {
            target = new URI(location);
        } catch (URISyntaxException e) {
            return location;
        }
        String path = target.getRawPath();
        boolean absolute = target.getScheme() != null;
        if (absolute && !("http".equalsIgnoreCase(target.getScheme()) || "https".equalsIgnoreCase(target.getScheme()))) {
            return location;
        }
        if (path == null || !(path.equals(contextPath) || path.startsWith(contextPath + "/"))
                || !absolute && target.getRawAuthority() != null) {
            return location;
        }
        String rest = path + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
                + (target.getRawFragment() == null ? "" : "#" + target.getRawFragment());
        String origin = origin(baseUrl);
        return origin == null ? rest : origin + rest;
    }

    /** scheme://host[:port] of the base URL, or null when there is none (or it is not an address). */
    static String origin(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return null;
        }
        try {
            URI base = new URI(baseUrl.strip());
            if (base.getScheme() == null || base.getRawAuthority() == null) {
                return null;
            }
            return base.getScheme().toLowerCase(Locale.ROOT) + "://" + base.getRawAuthority();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
