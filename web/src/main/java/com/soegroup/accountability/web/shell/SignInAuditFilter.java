package com.soegroup.accountability.web.shell;

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
            // the trail must not lock people out: a failure to record is logged, the page is still served
            LOG.log(Level.SEVERE, "Could not record a sign-in in the audit trail", e);
        }
        chain.doFilter(request, response);
    }
}
