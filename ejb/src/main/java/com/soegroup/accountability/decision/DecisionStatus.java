package com.soegroup.accountability.decision;

import com.soegroup.accountability.rule.BundleKeyed;

/** workflow.md: PROPOSED → APPROVED → EFFECTIVE (served; effects start) → EXECUTED. */
public enum DecisionStatus implements BundleKeyed {
    PROPOSED,
    APPROVED,
    EFFECTIVE,
    EXECUTED
}
