package com.soegroup.accountability.web.shell;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAPI document at /accountability/openapi (api.md). WildFly's default profile has no OpenAPI subsystem, so
 * the build generates the document from the API's resources and records (smallrye-open-api-maven-plugin) into the
 * WAR, and this serves it as it is.
 */
@WebServlet("/openapi")
public class OpenApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The generator opens the YAML with a document marker; the document starts after it. */
    private static final String DOCUMENT_START = "---\n";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (InputStream document = getServletContext().getResourceAsStream("/WEB-INF/openapi.yaml")) {
            if (document == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String yaml = new String(document.readAllBytes(), StandardCharsets.UTF_8);
            response.setContentType("application/yaml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(yaml.startsWith(DOCUMENT_START) ? yaml.substring(DOCUMENT_START.length()) : yaml);
        }
    }
}
