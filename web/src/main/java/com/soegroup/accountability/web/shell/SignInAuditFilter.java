package com.soegroup.accountability.web.shell;

import com.soegroup.accountability.api.DirectoryOutage;
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
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sign-ins to the pages in the audit trail: SIGN_IN on the first page a signed-in user's session serves,
 * SIGN_IN_FAILED when the FORM mechanism forwards a refused j_security_check to the sign-in page (the
 * attempted user name only). API calls sign in with every request; their failures are recorded by
 * {@code ApiChallengeFilter}, their successes by what they then do.
 */
@WebFilter(urlPatterns = {"*.xhtml"}, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class SignInAuditFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SignInAuditFilter.class.getName());
    static final String RECORDED = SignInAuditFilter.class.getName() + ".recorded";

    @EJB
    private AuditService audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            if (request.getDispatcherType() == DispatcherType.FORWARD) {
                String original = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
                if (original != null && original.endsWith("/j_security_check")) {
                    audit.recordSignInFailure(request.getParameter("j_username"), "web");
                }
            } else if (request.getUserPrincipal() != null) {
                HttpSession session = request.getSession();
                if (session.getAttribute(RECORDED) == null) {
                    session.setAttribute(RECORDED, Boolean.TRUE);
                    audit.recordSignIn("web");
                }
            }
        } catch (RuntimeException e) {
            // the trail must not lock people out: a sign-in that cannot be recorded (the database is down) is logged
            // instead, with the user name and never a password, and the page is still served
            String user = request.getUserPrincipal() != null ? request.getUserPrincipal().getName() : request.getParameter("j_username");
            LOG.log(Level.WARNING, "Sign-in event of {0} (web) not recorded in the audit trail: {1}",
                    new Object[]{DirectoryOutage.forLog(user), e.getClass().getSimpleName()});
        }
        chain.doFilter(request, response);
    }
}
