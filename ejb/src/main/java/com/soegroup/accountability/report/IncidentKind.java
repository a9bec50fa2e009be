package com.soegroup.accountability.report;

import com.soegroup.accountability.rule.BundleKeyed;

/** The stages of a one-event-one-report, in the order they are sent (rules.md §11). */
public enum IncidentKind implements BundleKeyed {
    /** 快报 */
    FLASH,
    /** 实时报告 */
    REAL_TIME,
    /** 初核报告, the one stage whose deadline may be extended */
    PRELIMINARY,
    /** 进展报告, at each stage of the case until it is decided; no clock of its own */
    PROGRESS;

    /** The stage after this one is sent; progress reports follow each other. */
    public IncidentKind next() {
        return this == PROGRESS ? PROGRESS : values()[ordinal() + 1];
    }
}
