package com.soegroup.accountability.circular;

import java.io.Serializable;

/**
 * What the caller may do with the circular now; {@code reason} a message key saying why the next step is not theirs
 * or cannot be taken yet (null when nothing is pending).
 */
public record CircularActions(boolean edit, boolean submit, boolean approve, boolean publish, boolean receipts, String reason)
        implements Serializable {
}
