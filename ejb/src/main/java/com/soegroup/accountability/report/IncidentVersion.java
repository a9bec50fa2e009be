package com.soegroup.accountability.report;

import java.io.Serializable;
import java.time.Instant;

/** One saved version of the texts: its number, the stage it was written for, who saved it and when. */
public record IncidentVersion(int textNo, IncidentKind kind, String savedBy, Instant savedAt, IncidentParts parts)
        implements Serializable {
}
