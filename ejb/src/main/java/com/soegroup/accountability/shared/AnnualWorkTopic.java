package com.soegroup.accountability.shared;

import com.soegroup.accountability.rule.BundleKeyed;

/**
 * The headings of part 二 "work done" of the annual accountability work report (篇五), under which the areas'
 * {@link AnnualWorkFact}s are told, in the order the report shows them.
 */
public enum AnnualWorkTopic implements BundleKeyed {
    /** 加强组织领导: the leading group and its meetings. */
    LEADERSHIP,
    /** 完善制度保障: rules adopted and filed (M§40). */
    RULES,
    /** 强化队伍建设: the office and its staff. */
    TEAM,
    /** 拓宽线索渠道: the channels clues came through, and the periodic filings sent. */
    CLUE_CHANNELS,
    /** 重大决策事项履职记录: the duty records of major decisions kept. */
    DUTY_RECORDS,
    /** 督办整改: rectification done and overdue. */
    RECTIFICATION,
    /** 追损挽损: losses recovered. */
    RECOVERY,
    /** 通报警示: warning circulars and published handling results. */
    CIRCULARS,
    /** 自查自纠: self-inspection campaigns and what they found. */
    SELF_INSPECTION,
    /** 业务培训: training courses, participants and hours. */
    TRAINING
}
