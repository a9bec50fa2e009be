package com.soegroup.accountability.rectification;

import com.soegroup.accountability.rule.BundleKeyed;

/** Where a rectification task comes from (整改来源). */
public enum RectificationSource implements BundleKeyed {
    CONCLUDED_INVESTIGATION, DECISION, SELF_INSPECTION, REGULATOR_REQUEST
}
