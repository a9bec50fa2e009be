package com.soegroup.accountability.rule.sanction;

import com.soegroup.accountability.rule.BundleKeyed;

/** Circumstances (1)–(5) of M§31 (第三十一条) that call for 从重 or 加重 handling. */
public enum Aggravating implements BundleKeyed {
    FREQUENT_OR_SEVERE,
    FOUND_BY_EXTERNAL_SUPERVISION,
    FAILED_TO_CONTAIN,
    CONCEALED,
    OTHER_AGGRAVATING
}
