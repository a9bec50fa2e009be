package com.soegroup.accountability.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;

/**
 * When BASIC credentials on an API call are wrong, the container challenges with every mechanism of the
 * login configuration, and FORM's challenge forwards to the sign-in page. An API client must get the api.md
 * 401 body instead, so the forward of an API request to the sign-in page is answered here.
 */
@WebFilter(urlPatterns = "/login.xhtml", dispatcherTypes = DispatcherType.FORWARD)
public class ApiChallengeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String original = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (original == null || !original.startsWith(request.getContextPath() + "/api/")) {
            chain.doFilter(request, response);
            return;
        }
        var locale = ApiMessages.choose(Collections.list(request.getLocales()));
        ApiResponses.writeUnauthorized(response, locale);
    }
}
