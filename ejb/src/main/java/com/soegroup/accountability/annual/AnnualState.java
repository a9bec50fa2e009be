package com.soegroup.accountability.annual;

import com.soegroup.accountability.rule.BundleKeyed;

/** Where an annual report stands: drafted by OFFICE, submitted to LEADER, approved, sent to the regulator. */
public enum AnnualState implements BundleKeyed {
    DRAFT,
    SUBMITTED,
    APPROVED,
    SENT
}
