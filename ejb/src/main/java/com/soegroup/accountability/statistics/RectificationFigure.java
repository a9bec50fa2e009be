package com.soegroup.accountability.statistics;

import com.soegroup.accountability.rule.BundleKeyed;

/**
 * The rectification tasks due in the period, each also a filter of the list behind it: verified by the deadline,
 * verified after it, still open past it, still open and not yet due (at the period's end or today).
 */
public enum RectificationFigure implements BundleKeyed {
    ON_TIME,
    LATE,
    OVERDUE,
    PENDING
}
