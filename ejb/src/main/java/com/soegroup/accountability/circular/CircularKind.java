package com.soegroup.accountability.circular;

import com.soegroup.accountability.rule.BundleKeyed;

/** What a circular is: a warning circular (警示通报) or the publication of a handling result (处理结果公开, M§38(3)). */
public enum CircularKind implements BundleKeyed {
    WARNING,
    RESULT
}
