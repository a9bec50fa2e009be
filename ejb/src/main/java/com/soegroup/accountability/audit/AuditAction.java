package com.soegroup.accountability.audit;

import com.soegroup.accountability.rule.BundleKeyed;

/** What an audit entry records. Later areas use these; add to the end when a new kind of act appears. */
public enum AuditAction implements BundleKeyed {
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
}
