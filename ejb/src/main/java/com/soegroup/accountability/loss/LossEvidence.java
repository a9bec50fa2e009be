package com.soegroup.accountability.loss;

import java.io.Serializable;

/** An evidence file of the case as loss items refer to it: what the report and the page name, never the bytes. */
public record LossEvidence(long id, String fileName, String documentReference,
                           boolean withdrawn) implements Serializable {
}
