package com.soegroup.accountability.web.shell;

import com.soegroup.accountability.api.ApiMessages;
import com.soegroup.accountability.api.ClientAddress;
import com.soegroup.accountability.shared.ClientKeys;
import com.soegroup.accountability.shared.ErrorCode;
import com.soegroup.accountability.shared.Settings;
import com.soegroup.accountability.shared.SignInFailures;
import io.undertow.security.api.SecurityContext;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.HeaderMap;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every request of the application passes first: an Undertow handler (registered as a ServletExtension in
 * META-INF/services) outside the container's sign-in, which servlet filters come after.
 * <ul>
 *     <li>The sign-in delay (shared.SignInFailures, in the database for all nodes; {@link SignInDelays} in memory
 *     while the database cannot be reached) of every request that brings a password — BASIC credentials, or
 *     the sign-in form's j_security_check — by account and source: during the wait it is answered at once, its
 *     password unchecked (the API 429 with Retry-After, the form back to the sign-in page saying how long).</li>
 *     <li>On every answer, whoever writes it (a page, the API, the container's sign-in, an error): the security
 *     headers, and redirects to the application on its configured address ({@link Redirects}).</li>
 * </ul>
 * Pages get their Content-Security-Policy from PrimeFaces (web.xml, primefaces.CSP_POLICY, with the script nonce);
 * any other answer gets one here: the API and the OpenAPI document allow nothing to run or frame them. Case data
 * must not linger in browser or proxy caches: no-store on all but static resources, unless an answer says otherwise.
 */
public class RequestGuard implements ServletExtension {

    static final String PAGE_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private static final Logger LOG = Logger.getLogger(RequestGuard.class.getName());
    private static final HttpString CONTENT_SECURITY_POLICY = new HttpString("Content-Security-Policy");
    private static final HttpString X_FRAME_OPTIONS = new HttpString("X-Frame-Options");
    private static final HttpString X_CONTENT_TYPE_OPTIONS = new HttpString("X-Content-Type-Options");
    private static final HttpString REFERRER_POLICY = new HttpString("Referrer-Policy");

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        SignInDelays delays = new SignInDelays(Clock.systemUTC());
        String contextPath = context.getContextPath();
        deployment.addOuterHandlerChainWrapper(next -> new Guard(next, delays, contextPath));
    }

    /** A request that brings a password: whose, and whether through the sign-in form. */
    record Attempt(String account, boolean form) {
    }

    /** How an attempt was admitted: by the database's count of failures, or by this node's while it is unreachable. */
    record Admission(Duration delay, SignInFailures.Admission stored, boolean inMemory) {

        Admission(SignInFailures.Admission stored) {
            this(stored.delay(), stored, false);
        }

        Admission(Duration delay, boolean known, boolean inMemory) {
            this(delay, new SignInFailures.Admission(delay, known), inMemory);
        }

        boolean admitted() {
            return delay.isZero();
        }
    }

    static final class Guard implements HttpHandler {

        private final HttpHandler next;
        private final SignInDelays delays;
        private final String contextPath;
        private volatile SignInFailures failures;

        Guard(HttpHandler next, SignInDelays delays, String contextPath) {
            this.next = next;
            this.delays = delays;
            this.contextPath = contextPath;
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            String path = exchange.getRequestPath();
            String within = path.startsWith(contextPath) ? path.substring(contextPath.length()) : path;
            exchange.addResponseCommitListener(sent -> beforeSent(sent, within));
            Attempt attempt = attempt(exchange, within);
            if (attempt == null) {
                next.handleRequest(exchange);
                return;
            }
            // a keyed hash of account and source: the table of failures holds neither
            String key = ClientKeys.of(attempt.account().toLowerCase(Locale.ROOT) + "\n" + ClientKeys.of(source(exchange)));
            Admission admission = admit(key);
            if (!admission.admitted()) {
                refuse(exchange, attempt, admission.delay());
                return;
            }
            try {
                next.handleRequest(exchange);
            } finally {
                // the container's sign-in ran within next, on this worker thread: its outcome is known now
                finished(key, authenticated(exchange), admission);
            }
        }

        /**
         * The failures of every node, from the database; while it cannot be reached, this node's own count, so that a
         * guesser still waits during an outage.
         */
        private Admission admit(String key) {
            try {
                return new Admission(failures().admit(key));
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Sign-in failures counted in memory: the database cannot be reached", e);
                return new Admission(delays.admit(key), false, true);
            }
        }

        private void finished(String key, boolean succeeded, Admission admission) {
            if (admission.inMemory()) {
                delays.finished(key, succeeded);
                return;
            }
            try {
                failures().finished(key, succeeded, admission.stored());
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "A sign-in's outcome was counted in memory: the database cannot be reached", e);
                delays.finished(key, succeeded);
            }
        }

        /** The bean's reference, looked up once: a stateless bean's reference serves every thread. */
        private SignInFailures failures() {
            SignInFailures bean = failures;
            if (bean == null) {
                bean = CDI.current().select(SignInFailures.class).get();
                failures = bean;
            }
            return bean;
        }

        private void beforeSent(HttpServerExchange exchange, String within) {
            HeaderMap headers = exchange.getResponseHeaders();
            headers.put(X_CONTENT_TYPE_OPTIONS, "nosniff");
            headers.put(X_FRAME_OPTIONS, "DENY");
            headers.put(REFERRER_POLICY, "same-origin");
            if (!headers.contains(CONTENT_SECURITY_POLICY)) {
                headers.put(CONTENT_SECURITY_POLICY, within.startsWith("/api/") || within.equals("/openapi") ? API_POLICY : PAGE_POLICY);
            }
            boolean resource = within.startsWith("/jakarta.faces.resource/") || within.startsWith("/resources/");
            if (!resource && !headers.contains(Headers.CACHE_CONTROL)) {
                headers.put(Headers.CACHE_CONTROL, "no-store");
            }
            String location = headers.getFirst(Headers.LOCATION);
            if (location != null) {
                headers.put(Headers.LOCATION, Redirects.toBase(location, contextPath, Settings.baseUrl()));
            }
        }

        /** The account a request tries to sign in as, or null when it brings no password. */
        private static Attempt attempt(HttpServerExchange exchange, String within) {
            String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
            if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                try {
                    String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
                    int colon = decoded.indexOf(':');
                    return new Attempt(colon < 0 ? decoded : decoded.substring(0, colon), false);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
            if (Methods.POST.equals(exchange.getRequestMethod()) && within.endsWith("/j_security_check")) {
                // read as the container's form sign-in reads it (the servlet request's parameters, parsed once)
                String user = request(exchange).getParameter("j_username");
                return new Attempt(user == null ? "" : user.strip(), true);
            }
            return null;
        }

        private static String source(HttpServerExchange exchange) {
            InetSocketAddress peer = exchange.getSourceAddress();
            String remote = peer == null ? "" : peer.getAddress() == null ? peer.getHostString() : peer.getAddress().getHostAddress();
            HeaderValues hops = exchange.getRequestHeaders().get(Headers.X_FORWARDED_FOR);
            String forwarded = hops == null ? null : String.join(",", hops);
            return ClientAddress.of(remote, forwarded, Settings.trustForwardedFor());
        }

        private static boolean authenticated(HttpServerExchange exchange) {
            SecurityContext security = exchange.getSecurityContext();
            return security != null && security.isAuthenticated();
        }

        /** During the wait: the API 429 with Retry-After, the sign-in form back to its page with how long to wait. */
        private void refuse(HttpServerExchange exchange, Attempt attempt, Duration wait) throws IOException {
            HttpServletResponse response = (HttpServletResponse) exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY).getServletResponse();
            String seconds = Long.toString(wait.toSeconds());
            response.setHeader("Retry-After", seconds);
            if (attempt.form()) {
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", contextPath + "/login.xhtml?error=delayed&wait=" + seconds);
                return;
            }
            Locale locale = ApiMessages.choose(Collections.list(request(exchange).getLocales()));
            response.setStatus(429);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("error", ErrorCode.SERVICE_UNAVAILABLE.name())
                    .add("message", ApiMessages.text(locale, "login.delayed", seconds))
                    .addNull("field").build().toString());
        }

        private static HttpServletRequest request(HttpServerExchange exchange) {
            return (HttpServletRequest) exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY).getServletRequest();
        }
    }
}
