package com.soegroup.accountability.web.shell;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;

/**
 * The OpenAPI document at /accountability/openapi (api.md). WildFly's default profile has no OpenAPI subsystem,
 * so the document is written by hand beside the resources; OpenApiDocumentTest fails when an endpoint is missing.
 */
@WebServlet("/openapi")
public class OpenApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (InputStream document = getServletContext().getResourceAsStream("/WEB-INF/openapi.yaml")) {
            if (document == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType("application/yaml");
            response.setCharacterEncoding("UTF-8");
            document.transferTo(response.getOutputStream());
        }
    }
}
