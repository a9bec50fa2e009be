package com.soegroup.accountability.annual;

import java.io.Serializable;

/**
 * What the caller may do with a report now, so pages show only actions that can succeed; {@code reason} is the
 * bundle key saying why the report's next step is not the caller's (or not yet possible), or null.
 */
public record AnnualActions(boolean edit, boolean submit, boolean approve, boolean reopen, boolean send, String reason)
        implements Serializable {
}
