package com.soegroup.accountability.shared;

/** The error codes of the API's error body (api.md), shared by the pages; each names its sentence. */
public enum ErrorCode {
    INVALID_INPUT,
    MALFORMED_REQUEST,
    UNAUTHORIZED,
    FORBIDDEN,
    NOT_FOUND,
    METHOD_NOT_ALLOWED,
    NOT_ACCEPTABLE,
    UNSUPPORTED_MEDIA_TYPE,
    CONFLICT,
    STALE_VERSION,
    RULE_REFUSED,
    SERVICE_UNAVAILABLE,
    INTERNAL_ERROR;

    public String bundleKey() {
        return "error." + name();
    }
}
