package com.soegroup.accountability.ruleset;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A filing of a rule set as listed: which set and which version of its record, when, reference, with whom, by whom. */
public record RuleSetFilingSummary(long id, String ruleSetCode, int ruleSetVersion, LocalDate filedOn, String reference,
                                   String filedWith, String note, String recordedBy, Instant recordedAt)
        implements Serializable {
}
