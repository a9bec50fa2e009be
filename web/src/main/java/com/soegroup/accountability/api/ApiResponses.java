package com.soegroup.accountability.api;

import com.soegroup.accountability.shared.ErrorCode;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.util.Locale;

/** Error responses in the api.md shape, for the mapper, the security filter and resources alike. */
public final class ApiResponses {

    static final String BASIC_CHALLENGE = "Basic realm=\"accountability\", charset=\"UTF-8\"";

    private static final Jsonb JSONB = JsonbBuilder.create();

    private ApiResponses() {
    }

    public static Response error(int status, ErrorCode code, String message, String field) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(code.name(), message, field))
                .build();
    }

    public static Response simple(int status, ErrorCode code, Locale locale) {
        return error(status, code, ApiMessages.text(locale, code.bundleKey()), null);
    }

    /**
     * The same body written by a servlet or filter, for answers the container gives before JAX-RS runs.
     * A 401 carries the BASIC challenge.
     */
    public static void writeServletError(HttpServletResponse response, int status, ErrorCode code, Locale locale)
            throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        if (status == 401) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
        }
        response.setContentType(MediaType.APPLICATION_JSON);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSONB.toJson(new ApiError(code.name(), ApiMessages.text(locale, code.bundleKey()), null)));
    }

    public static void writeUnauthorized(HttpServletResponse response, Locale locale) throws IOException {
        writeServletError(response, 401, ErrorCode.UNAUTHORIZED, locale);
    }

    public static Response unauthorized(Locale locale) {
        return Response.fromResponse(simple(401, ErrorCode.UNAUTHORIZED, locale))
                .header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE)
                .build();
    }
}
