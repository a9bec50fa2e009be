package com.soegroup.accountability.audit;

/** What an audit entry records. Later areas use these; add to the end when a new kind of act appears. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    READ,
    CREATE,
    UPDATE,
    STATE_CHANGE,
    EXPORT,
    IMPORT,
    DELETE,
    DELETE_REFUSED;

    public String bundleKey() {
        return "AuditAction." + name();
    }
}
