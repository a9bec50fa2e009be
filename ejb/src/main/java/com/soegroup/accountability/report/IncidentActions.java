package com.soegroup.accountability.report;

import java.io.Serializable;

/**
 * What the caller may do with a report now, so pages show only actions that can succeed; {@code reason} is the
 * bundle key saying why the stage's main step is not the caller's, or null.
 */
public record IncidentActions(boolean edit, boolean submit, boolean approve, boolean send, boolean startProgress,
                              boolean requestExtension, boolean decideExtension, String reason) implements Serializable {
}
