package com.soegroup.accountability.investigation;

import java.time.LocalDate;

/**
 * OFFICE's confirmation of the handling unit: {@code unit} by code (null: the proposal), a reason when it differs
 * from the proposal, and for a hand-over (the case moves) its date (null: today) and the reference number of the
 * letter; {@code ownerInstitution} when the owner institution (国资委) takes the case itself (M§36).
 */
public record JurisdictionData(String unit, String reason, LocalDate handedOverOn, String reference,
                               boolean ownerInstitution, Integer version) {
}
