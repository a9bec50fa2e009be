package com.soegroup.accountability.investigation;

import com.soegroup.accountability.rule.sanction.Aggravating;
import com.soegroup.accountability.rule.sanction.Responsibility;

import java.util.List;
import java.util.Set;

/**
 * A finding as recorded. {@code circumstances} are an enterprise head's M§24 circumstances; {@code violations} the
 * codes of the circumstances found in the rule set's catalogue ("12-3", M§7–M§16), required before the report is
 * approved.
 */
public record FindingData(Responsibility responsibility, String facts, String evidence, Set<HeadCircumstance> circumstances,
                          Set<Aggravating> aggravating, String aggravatingReason, Integer version, List<String> violations) {
    public FindingData {
        circumstances = circumstances == null ? Set.of() : Set.copyOf(circumstances);
        aggravating = aggravating == null ? Set.of() : Set.copyOf(aggravating);
        violations = violations == null ? List.of() : violations.stream().filter(v -> v != null).toList();
    }

    /** A finding that leaves the circumstances found unclassified. */
    public FindingData(Responsibility responsibility, String facts, String evidence, Set<HeadCircumstance> circumstances,
                       Set<Aggravating> aggravating, String aggravatingReason, Integer version) {
        this(responsibility, facts, evidence, circumstances, aggravating, aggravatingReason, version, List.of());
    }
}
