package com.soegroup.accountability.circular;

import java.io.Serializable;

/** A term the circular must not contain and what replaces it; {@code kind} says what it is (a person, an enterprise…). */
public record CircularMask(String original, String replacement, CircularAnonymiser.MaskKind kind) implements Serializable {
}
