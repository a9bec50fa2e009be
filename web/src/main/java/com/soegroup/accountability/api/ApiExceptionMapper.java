package com.soegroup.accountability.api;

import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.ErrorCode;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where anything thrown while serving the API becomes the api.md error body: bad input is a
 * 400 that names the field, a refusal keeps its code, and whatever else happened is a 500 whose sentence
 * says nothing of the cause (the cause goes to the server log).
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    /**
     * RESTEasy brings its own mapper for validation failures, and the closest type wins; this one sends them
     * back through the same translation.
     */
    @Provider
    public static class ValidationFailures implements ExceptionMapper<ValidationException> {

        @Context
        private HttpHeaders headers;

        @Context
        private SecurityContext securityContext;

        @Override
        public Response toResponse(ValidationException thrown) {
            return translate(thrown, headers, securityContext);
        }
    }

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    /** How RESTEasy names a query parameter it could not convert: {@code QueryParam("page")}. */
    private static final Pattern QUERY_PARAMETER = Pattern.compile("QueryParam\\(\"([A-Za-z0-9_]{1,40})\"\\)");

    /** PostgreSQL's SQLSTATE for unique_violation. */
    static final String UNIQUE_VIOLATION = "23505";

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext securityContext;

    @Override
    public Response toResponse(Throwable thrown) {
        return translate(thrown, headers, securityContext);
    }

    static Response translate(Throwable thrown, HttpHeaders headers, SecurityContext securityContext) {
        Locale locale = ApiMessages.choose(headers == null ? List.of() : headers.getAcceptableLanguages());
        AccountabilityException refusal = find(thrown, AccountabilityException.class);
        if (refusal != null) {
            return ApiResponses.error(statusOf(refusal.code()), refusal.code(),
                    ApiMessages.text(locale, refusal.messageKey(), refusal.arguments()), refusal.field());
        }
        ConstraintViolationException violations = find(thrown, ConstraintViolationException.class);
        if (violations != null && !violations.getConstraintViolations().isEmpty()) {
            ConstraintViolation<?> first = violations.getConstraintViolations().iterator().next();
            return ApiResponses.error(400, ErrorCode.INVALID_INPUT, sentenceOf(first, locale), fieldOf(first));
        }
        if (find(thrown, EJBAccessException.class) != null || thrown instanceof NotAuthorizedException) {
            boolean anonymous = securityContext == null || securityContext.getUserPrincipal() == null;
            return anonymous ? ApiResponses.unauthorized(locale) : ApiResponses.simple(403, ErrorCode.FORBIDDEN, locale);
        }
        if (find(thrown, OptimisticLockException.class) != null) {
            return ApiResponses.simple(409, ErrorCode.STALE_VERSION, locale);
        }
        SQLException sql = find(thrown, SQLException.class);
        if (sql != null && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
            // two requests created the same thing at once (the first report text, a decision for one person): the
            // database kept one and rolled the other back, which is a conflict to retry, not a server fault
            LOG.log(Level.INFO, "Concurrent creation refused by a unique constraint: {0}", sql.getMessage());
            return ApiResponses.error(409, ErrorCode.CONFLICT, ApiMessages.text(locale, "error.concurrentCreation"), null);
        }
        if (find(thrown, JsonParsingException.class) != null || find(thrown, JsonbException.class) != null
                || thrown instanceof ProcessingException) {
            return ApiResponses.simple(400, ErrorCode.MALFORMED_REQUEST, locale);
        }
        if (thrown instanceof ValidationException) {
            return ApiResponses.simple(400, ErrorCode.INVALID_INPUT, locale);
        }
        if (thrown instanceof NotFoundException && thrown.getCause() != null) {
            Matcher parameter = QUERY_PARAMETER.matcher(String.valueOf(thrown.getMessage()));
            if (parameter.find()) {
                // JAX-RS answers 404 for a query parameter it cannot convert (?version=4294967297): it is bad input
                return ApiResponses.error(400, ErrorCode.INVALID_INPUT, ApiMessages.text(locale, "input.parameter"),
                        parameter.group(1));
            }
        }
        if (thrown instanceof NotFoundException) {
            return ApiResponses.simple(404, ErrorCode.NOT_FOUND, locale);
        }
        if (thrown instanceof NotAllowedException) {
            return ApiResponses.simple(405, ErrorCode.METHOD_NOT_ALLOWED, locale);
        }
        if (thrown instanceof NotAcceptableException) {
            return ApiResponses.simple(406, ErrorCode.NOT_ACCEPTABLE, locale);
        }
        if (thrown instanceof NotSupportedException) {
            return ApiResponses.simple(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, locale);
        }
        if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return ApiResponses.simple(web.getResponse().getStatus(), ErrorCode.MALFORMED_REQUEST, locale);
        }
        if (DatabaseOutage.isCause(thrown)) {
            return DatabaseOutage.answer(thrown, locale);
        }
        LOG.log(Level.SEVERE, "API request failed", thrown);
        return ApiResponses.simple(500, ErrorCode.INTERNAL_ERROR, locale);
    }

    static int statusOf(ErrorCode code) {
        return switch (code) {
            case INVALID_INPUT, MALFORMED_REQUEST -> 400;
            case UNAUTHORIZED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case METHOD_NOT_ALLOWED -> 405;
            case NOT_ACCEPTABLE -> 406;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case CONFLICT, STALE_VERSION -> 409;
            case RULE_REFUSED -> 422;
            case SERVICE_UNAVAILABLE -> 503;
            case INTERNAL_ERROR -> 500;
        };
    }

    /**
     * The violation's sentence in the caller's language: our own constraints name a key of the
     * ValidationMessages bundles; for any other, the general sentence (the field says where).
     */
    private static String sentenceOf(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        if (template != null && template.startsWith("{") && template.endsWith("}")) {
            try {
                return ResourceBundle.getBundle("ValidationMessages", locale, ApiExceptionMapper.class.getClassLoader(),
                                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                        .getString(template.substring(1, template.length() - 1));
            } catch (MissingResourceException e) {
                // not one of ours
            }
        }
        return ApiMessages.text(locale, ErrorCode.INVALID_INPUT.bundleKey());
    }

    /** The JSON path of the violated property: the property path without the resource method and parameter. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? null : field.toString();
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
