package com.soegroup.accountability.duty;

import com.soegroup.accountability.rule.BundleKeyed;

/** The body that decided the matter. */
public enum MeetingType implements BundleKeyed {
    /** 党委会（党委常委会） */
    PARTY_COMMITTEE,
    /** 董事会 */
    BOARD,
    /** 总经理办公会 */
    MANAGEMENT,
    /** 股东（大）会 */
    SHAREHOLDERS,
    /** 其他会议 */
    OTHER
}
