package com.soegroup.accountability.clue;

import com.soegroup.accountability.rule.BundleKeyed;

/** Where a clue came from (线索来源, workflow.md). */
public enum ClueSource implements BundleKeyed {
    REPORT,
    AUDIT,
    INSPECTION_TOUR,
    DISCIPLINE_TRANSFER,
    INTERVIEW,
    SELF_INSPECTION,
    ASSIGNED_BY_SUPERIOR,
    OTHER
}
