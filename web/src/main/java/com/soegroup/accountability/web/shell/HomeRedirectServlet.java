package com.soegroup.accountability.web.shell;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The portal links to /accountability/. A welcome-file forward would render the home page under that
 * address, and PrimeFaces' CSP nonce check then refuses the page's own postbacks; a redirect gives the page
 * its real address.
 */
@WebServlet("")
public class HomeRedirectServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/index.xhtml");
    }
}
