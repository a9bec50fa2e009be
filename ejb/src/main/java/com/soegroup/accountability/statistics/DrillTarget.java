package com.soegroup.accountability.statistics;

import com.soegroup.accountability.rule.BundleKeyed;

/**
 * The list behind a figure: the clue ledger, or one of the statistics' own lists of cases, decisions, rectification
 * tasks, the cases of a recovery figure and incident report stages.
 */
public enum DrillTarget implements BundleKeyed {
    LEDGER,
    CASES,
    LOSSES,
    DECISIONS,
    FAULT_TOLERANCE,
    RECTIFICATIONS,
    RECOVERY,
    INCIDENTS
}
