package com.soegroup.accountability.rule.set;

import com.soegroup.accountability.rule.BundleKeyed;

/** Life of a rule set (M§40 第四十条: enterprises refine and file their own); only IN_FORCE sets are selected. */
public enum RuleSetStatus implements BundleKeyed {
    DRAFT,
    IN_FORCE,
    RETIRED
}
