package com.soegroup.accountability.duty;

import com.soegroup.accountability.rule.BundleKeyed;

/** A participant's stated opinion on the matter. */
public enum DutyOpinion implements BundleKeyed {
    /** 同意 */
    AGREE,
    /** 反对 */
    DISAGREE,
    /** 弃权 */
    ABSTAIN
}
