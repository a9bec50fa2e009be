package com.soegroup.accountability.report;

import com.soegroup.accountability.rule.BundleKeyed;

/** What raised a one-event-one-report. */
public enum IncidentTrigger implements BundleKeyed {
    /** the clue's level (its possible loss, or the person's raise) reached LARGER or MAJOR */
    CLUE_LEVEL,
    /** the case's determined level reached LARGER or MAJOR */
    CASE_LEVEL,
    /** a person marked a loss risk with serious consequences */
    MARKED
}
