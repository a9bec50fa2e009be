package com.soegroup.accountability.inspection;

import com.soegroup.accountability.rule.BundleKeyed;

/** Where an enterprise's answer sheet is: 待填报, 已提交, 已退回 (to answer again), 已通过. */
public enum SheetStatus implements BundleKeyed {
    OPEN, SUBMITTED, RETURNED, ACCEPTED;

    /** Whether the enterprise may still change its answers and submit. */
    public boolean answerable() {
        return this == OPEN || this == RETURNED;
    }
}
