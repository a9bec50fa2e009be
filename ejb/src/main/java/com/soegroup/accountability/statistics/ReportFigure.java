package com.soegroup.accountability.statistics;

import com.soegroup.accountability.rule.BundleKeyed;

/**
 * The one-event-one-report stages with a clock (快报, 实时报告, 初核报告): sent in the period by their deadline, sent
 * after it, and under way past it (at the period's end or today).
 */
public enum ReportFigure implements BundleKeyed {
    ON_TIME,
    LATE,
    OVERDUE
}
