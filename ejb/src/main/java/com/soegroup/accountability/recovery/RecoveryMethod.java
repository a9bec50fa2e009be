package com.soegroup.accountability.recovery;

import com.soegroup.accountability.rule.BundleKeyed;

/** How a loss was recovered. {@link #PAY_CLAWBACK} is what HR records under a decision: it is never typed here. */
public enum RecoveryMethod implements BundleKeyed {
    /** 追偿诉讼 */
    LITIGATION,
    /** 协议退还 */
    AGREED_REPAYMENT,
    /** 保险理赔 */
    INSURANCE,
    /** 资产处置 */
    ASSET_DISPOSAL,
    /** 薪酬扣回: HR's claw-backs of the case's decisions, counted from the decisions. */
    PAY_CLAWBACK,
    /** 其他 */
    OTHER
}
