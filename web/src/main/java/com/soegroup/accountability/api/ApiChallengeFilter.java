package com.soegroup.accountability.api;

import com.soegroup.accountability.audit.AuditService;
import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When BASIC credentials on an API call are wrong, the container challenges with every mechanism of the
 * login configuration, and FORM's challenge forwards to the sign-in page. An API client must get the api.md
 * 401 body instead, so the forward of an API request to the sign-in page is answered here. Such a forward
 * means credentials were sent and refused: a SIGN_IN_FAILED for the audit trail.
 */
@WebFilter(urlPatterns = "/login.xhtml", dispatcherTypes = DispatcherType.FORWARD)
public class ApiChallengeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ApiChallengeFilter.class.getName());

    @EJB
    private AuditService audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String original = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (original == null || !original.startsWith(request.getContextPath() + "/api/")) {
            chain.doFilter(request, response);
            return;
        }
        recordFailure(request.getHeader("Authorization"));
        var locale = ApiMessages.choose(request);
        ApiResponses.writeUnauthorized(response, locale);
    }

    private void recordFailure(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return;
        }
        String user = null;
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            user = colon < 0 ? decoded : decoded.substring(0, colon);
            audit.recordSignInFailure(user, "api");
        } catch (RuntimeException e) {
            // e.g. the database is down: the refusal is then only in this log, with the user name, never the password
            LOG.log(Level.WARNING, "Refused API sign-in of {0} not recorded in the audit trail: {1}",
                    new Object[]{DirectoryOutage.forLog(user), e.getClass().getSimpleName()});
        }
    }
}
