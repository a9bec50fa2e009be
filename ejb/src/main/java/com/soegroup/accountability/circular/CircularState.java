package com.soegroup.accountability.circular;

import com.soegroup.accountability.rule.BundleKeyed;

/** Where a circular stands: drafted by OFFICE, submitted to LEADER, approved, published to its recipients. */
public enum CircularState implements BundleKeyed {
    DRAFTING,
    SUBMITTED,
    APPROVED,
    PUBLISHED
}
