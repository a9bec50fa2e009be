package com.soegroup.accountability.investigation;

import com.soegroup.accountability.rule.level.LossLevel;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The handling unit of a case (rules.md §9): the unit it is with now, the unit the rules propose and why, and the
 * last confirmation — whether there is one, the date and reference number of the hand-over, and whether the owner
 * institution took the case (M§36).
 */
public record JurisdictionProposal(LossLevel level, String currentUnit, String proposedUnit, boolean ownerInstitution,
                                   String basisKey, String currentUnitName, String proposedUnitName, boolean confirmed,
                                   LocalDate handedOverOn, String reference, boolean takenByOwnerInstitution)
        implements Serializable {
}
