package com.soegroup.accountability.rule.sanction;

import com.soegroup.accountability.rule.BundleKeyed;

/**
 * Organisational measures (组织处理) of M§27(1) (第二十七条), lightest first, and the ban (禁入限制) of M§27(3).
 * NON_LEADERSHIP_POST is 改任非领导职务; M§28 writes 改任非管理职务 for the same measure.
 */
public enum Measure implements BundleKeyed {
    CRITICISM_EDUCATION,
    WRITTEN_SELF_EXAMINATION,
    CIRCULATED_CRITICISM,
    ADMONISHMENT,
    SUSPENSION,
    TRANSFER,
    DEMOTION,
    NON_LEADERSHIP_POST,
    ORDERED_RESIGNATION,
    DISMISSAL,
    BAN
}
