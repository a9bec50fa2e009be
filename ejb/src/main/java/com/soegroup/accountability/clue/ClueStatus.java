package com.soegroup.accountability.clue;

import com.soegroup.accountability.rule.BundleKeyed;

import java.util.EnumSet;
import java.util.Set;

/** The states of a clue (workflow.md "Clue"); {@link ClueLifecycle} says how one leads to another. */
public enum ClueStatus implements BundleKeyed {
    REGISTERED,
    CHECKING,
    ACCEPTED,
    NOT_ACCEPTED,
    TRANSFERRED,
    MERGED,
    OUT_OF_SCOPE,
    CLOSED;

    /** The outcomes of checking (处置结果): each waits for close-out. */
    public static final Set<ClueStatus> DISPOSED = EnumSet.of(ACCEPTED, NOT_ACCEPTED, TRANSFERRED, MERGED, OUT_OF_SCOPE);

    public boolean isOpen() {
        return this != CLOSED;
    }
}
