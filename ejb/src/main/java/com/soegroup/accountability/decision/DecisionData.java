package com.soegroup.accountability.decision;

import com.soegroup.accountability.rule.sanction.Outcome;

import java.io.Serializable;

/** What a person decides; {@code reason} is required outside the recommended row. */
public record DecisionData(Outcome outcome, DecisionTerms terms, String legalBasis, String facts, String reason,
                           Integer version) implements Serializable {
}
