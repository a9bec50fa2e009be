package com.soegroup.accountability.duty;

import com.soegroup.accountability.rule.BundleKeyed;

/** How a person took part in the meeting. */
public enum ParticipantRole implements BundleKeyed {
    /** 主持 */
    PRESIDING,
    /** 参会 */
    ATTENDING,
    /** 列席 (no vote, so no opinion required) */
    OBSERVING
}
