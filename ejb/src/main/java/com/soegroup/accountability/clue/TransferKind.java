package com.soegroup.accountability.clue;

import com.soegroup.accountability.rule.BundleKeyed;

/**
 * Where a clue is transferred to (移送). The first two leave the group (an organ outside keeps it); the last
 * two move the clue into the receiving unit's scope.
 */
public enum TransferKind implements BundleKeyed {
    DISCIPLINE_ORGAN,
    JUDICIAL_ORGAN,
    HIGHER_LEVEL,
    OTHER_UNIT;

    public boolean withinGroup() {
        return this == HIGHER_LEVEL || this == OTHER_UNIT;
    }
}
