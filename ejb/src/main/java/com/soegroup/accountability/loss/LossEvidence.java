package com.soegroup.accountability.loss;

/** An evidence file of the case as loss items refer to it: what the report and the page name, never the bytes. */
public record LossEvidence(long id, String fileName, String documentReference, boolean withdrawn) {
}
