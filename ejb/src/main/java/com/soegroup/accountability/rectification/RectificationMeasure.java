package com.soegroup.accountability.rectification;

import com.soegroup.accountability.rule.BundleKeyed;

/** What must change (整改措施类别): a rule revised, a process fixed, money recovered, people handled, other. */
public enum RectificationMeasure implements BundleKeyed {
    RULE_REVISION, PROCESS_FIX, RECOVERY, PERSONNEL, OTHER
}
