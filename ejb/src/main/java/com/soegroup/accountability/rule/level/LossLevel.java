package com.soegroup.accountability.rule.level;

import com.soegroup.accountability.rule.BundleKeyed;

/** Asset-loss level, M§19 (第十九条): 一般, 较大, 重大 — declared lightest first, so ordinal order is severity. */
public enum LossLevel implements BundleKeyed {
    GENERAL,
    LARGER,
    MAJOR
}
