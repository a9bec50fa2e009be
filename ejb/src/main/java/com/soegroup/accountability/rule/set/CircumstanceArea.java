package com.soegroup.accountability.rule.set;

import com.soegroup.accountability.rule.BundleKeyed;

/**
 * The business areas the regulations list violations by (M§7 第七条 … M§16 第十六条; O63 二 (一)–(十) has the same
 * areas in another order). Shared by every catalogue, so that statistics count a case by area whichever rule set
 * classified it.
 */
public enum CircumstanceArea implements BundleKeyed {
    GROUP_CONTROL,
    RISK_MANAGEMENT,
    PURCHASE_SALES,
    CONSTRUCTION,
    FIXED_ASSET_INVESTMENT,
    INVESTMENT_MERGER,
    TRANSFER,
    FUNDS,
    RESTRUCTURING,
    OTHER
}
