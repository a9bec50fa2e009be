package com.soegroup.accountability.rule.sanction;

import com.soegroup.accountability.rule.BundleKeyed;

/** What rules fault tolerance out under M§32 (第三十二条): 有令不行, 有禁不止, 不当牟利, 主观故意, 独断专行. */
public enum Exclusion implements BundleKeyed {
    DEFIED_ORDERS,
    DEFIED_PROHIBITIONS,
    IMPROPER_GAIN,
    INTENT,
    ARBITRARY
}
