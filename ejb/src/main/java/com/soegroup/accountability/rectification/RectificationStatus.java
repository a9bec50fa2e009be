package com.soegroup.accountability.rectification;

import com.soegroup.accountability.rule.BundleKeyed;

/** What a rectification task is at (整改状态): open, submitted for verification, verified. */
public enum RectificationStatus implements BundleKeyed {
    OPEN, SUBMITTED, VERIFIED
}
