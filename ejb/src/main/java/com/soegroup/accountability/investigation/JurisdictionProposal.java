package com.soegroup.accountability.investigation;

import com.soegroup.accountability.rule.level.LossLevel;

import java.io.Serializable;

public record JurisdictionProposal(LossLevel level, String currentUnit, String proposedUnit, boolean ownerInstitution,
                                   String basisKey) implements Serializable {
}
