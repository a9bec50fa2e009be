package com.soegroup.accountability.web.shell;

import com.soegroup.accountability.api.DirectoryOutage;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Headers;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequest;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sign-in form's post ({@code j_security_check}) is answered by the container's FORM mechanism before the
 * application sees it: signed in (a redirect) or refused (the form again). When the directory cannot be asked, the
 * mechanism gives up and the container ends the request without any answer, an empty page. This Undertow extension
 * (registered in META-INF/services) notices that unanswered post and sends the browser back to the sign-in page with
 * the sentence "目录服务暂不可用"; the attempt is logged and audited through {@link DirectoryOutage}.
 */
public class SignInOutageExtension implements ServletExtension {

    private static final Logger LOG = Logger.getLogger(SignInOutageExtension.class.getName());
    private static final String POST_LOCATION = "/j_security_check";

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        String signInPage = servletContext.getContextPath() + "/login.xhtml?unavailable=true";
        deployment.addOuterHandlerChainWrapper(next -> exchange -> {
            if (exchange.getRequestPath().endsWith(POST_LOCATION)) {
                exchange.addDefaultResponseListener(unanswered -> unanswered(unanswered, signInPage));
            }
            next.handleRequest(exchange);
        });
    }

    /**
     * Called when the request ends with nothing sent: a sign-in redirects (302) and a refusal writes the form, so an
     * empty 200 or 500 here is the mechanism giving up. Answers false: the exchange ends with the redirect set here.
     */
    private static boolean unanswered(HttpServerExchange exchange, String signInPage) {
        int status = exchange.getStatusCode();
        if (status != 200 && status != 500) {
            return false;
        }
        try {
            ServletRequestContext context = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
            ServletRequest request = context == null ? null : context.getServletRequest();
            String user = request == null ? null : request.getParameter("j_username");
            CDI.current().select(DirectoryOutage.class).get().signInFailed(user, "web");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A sign-in the directory could not answer was not recorded", e);
        }
        exchange.setStatusCode(302);
        exchange.getResponseHeaders().put(Headers.LOCATION, signInPage);
        return false;
    }
}
