package com.soegroup.accountability.decision;

/** The new decision an appeal's CHANGED result puts in place, with its own legal review. */
public record DecisionReplacement(DecisionData data, String legalReviewer, String legalOpinion) {
}
