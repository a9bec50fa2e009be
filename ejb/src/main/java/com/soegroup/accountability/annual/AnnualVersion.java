package com.soegroup.accountability.annual;

import java.io.Serializable;
import java.time.Instant;

/** One saved version of a report's narrative: its number, who saved it and when. */
public record AnnualVersion(int textNo, String savedBy, Instant savedAt) implements Serializable {
}
