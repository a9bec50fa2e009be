package com.soegroup.accountability.rule.payback;

import com.soegroup.accountability.rule.BundleKeyed;

/** Who ordered a pay deduction for the event, M§29 (第二十九条): party discipline, government discipline, accountability. */
public enum DeductionSource implements BundleKeyed {
    PARTY_DISCIPLINE,
    GOVERNMENT_DISCIPLINE,
    ACCOUNTABILITY
}
