package com.soegroup.accountability.circular;

import java.io.Serializable;
import java.time.Instant;

/** One saved version of the text: its number, who saved it and when. */
public record CircularVersion(int textNo, String savedBy, Instant savedAt, CircularParts parts) implements Serializable {
}
