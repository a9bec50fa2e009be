package com.soegroup.accountability.web.error;

import com.soegroup.accountability.api.ApiMessages;
import com.soegroup.accountability.api.ApiResponses;
import com.soegroup.accountability.shared.ErrorCode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Where the container sends every error it answers itself (a wrong BASIC password, an unknown address,
 * an exception no one caught). API clients get the api.md JSON body; people get a page in their language.
 * Neither ever shows a stack trace or the server's name.
 */
@WebServlet("/error-dispatch")
public class ErrorDispatchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Integer status = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status == null ? 500 : status;
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean api = uri != null && uri.startsWith(request.getContextPath() + "/api/");
        if (api) {
            writeJson(request, response, code);
        } else {
            String page = switch (code) {
                case 403 -> "/error/403.xhtml";
                case 404 -> "/error/404.xhtml";
                default -> "/error/500.xhtml";
            };
            request.getRequestDispatcher(page).forward(request, response);
        }
    }

    private static void writeJson(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        ErrorCode code = switch (status) {
            case 400 -> ErrorCode.MALFORMED_REQUEST;
            case 401 -> ErrorCode.UNAUTHORIZED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
            default -> ErrorCode.INTERNAL_ERROR;
        };
        ApiResponses.writeServletError(response, status, code, ApiMessages.choose(request));
    }
}
