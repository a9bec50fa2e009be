package com.soegroup.accountability.report;

import com.soegroup.accountability.rule.BundleKeyed;

/** Where the current stage of a one-event-one-report stands. */
public enum IncidentState implements BundleKeyed {
    /** OFFICE drafts (and saves versions) */
    DRAFTING,
    /** submitted: LEADER approves with an opinion, or returns it */
    AWAITING_APPROVAL,
    /** approved: OFFICE sends it and records how */
    APPROVED,
    /** the last stage was sent; a progress report may follow */
    SENT,
    /** 完结: the case was decided, no further stage opens */
    CLOSED,
    /** 已合并: its clue was merged, the event is reported by the report it was merged into */
    MERGED;

    /** Whether the report has ended: nothing more is drafted, approved or sent under it. */
    public boolean ended() {
        return this == CLOSED || this == MERGED;
    }
}
