package com.soegroup.accountability.statistics;

import com.soegroup.accountability.rule.BundleKeyed;

/**
 * Loss recovery (追损): losses determined with a level in the period, what was recovered in it (reversals deducted,
 * pay claw-backs included), and the balance still outstanding at its end (what was approved irrecoverable deducted).
 */
public enum RecoveryFigure implements BundleKeyed {
    DETERMINED,
    RECOVERED,
    OUTSTANDING
}
