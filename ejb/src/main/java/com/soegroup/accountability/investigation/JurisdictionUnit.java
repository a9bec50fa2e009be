package com.soegroup.accountability.investigation;

import java.io.Serializable;

/** A unit that may handle a case: the loss enterprise or one above it, by code and name, for the hand-over form. */
public record JurisdictionUnit(String code, String name) implements Serializable {
}
