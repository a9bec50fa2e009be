package com.soegroup.accountability.decision;

import com.soegroup.accountability.rule.BundleKeyed;

/** An appeal (申诉, M§38) is filed, then upheld (维持), changed (变更) or revoked (撤销). */
public enum AppealStatus implements BundleKeyed {
    FILED,
    UPHELD,
    CHANGED,
    REVOKED
}
