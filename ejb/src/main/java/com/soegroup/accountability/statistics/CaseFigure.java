package com.soegroup.accountability.statistics;

import com.soegroup.accountability.rule.BundleKeyed;

/**
 * The figures of the cases group, each also a filter of the list behind it: opened or concluded in the period,
 * concluded within or past the handling period, still open past it at the period's end.
 */
public enum CaseFigure implements BundleKeyed {
    OPENED,
    CONCLUDED,
    ON_TIME,
    LATE,
    OVERDUE
}
