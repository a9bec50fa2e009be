package com.soegroup.accountability.duty;

import com.soegroup.accountability.rule.BundleKeyed;

/** The 三重一大 matters a duty record is kept for. */
public enum DutyMatterKind implements BundleKeyed {
    /** 重大决策 */
    MAJOR_DECISION,
    /** 重要人事任免 */
    APPOINTMENT,
    /** 重大项目安排 */
    PROJECT,
    /** 大额资金运作 */
    LARGE_FUNDS
}
