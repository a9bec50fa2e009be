package com.soegroup.accountability.investigation;

import com.soegroup.accountability.rule.level.LossLevel;

public record JurisdictionProposal(LossLevel level, String currentUnit, String proposedUnit, boolean ownerInstitution,
                                   String basisKey) {
}
