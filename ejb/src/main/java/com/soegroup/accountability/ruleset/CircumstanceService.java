package com.soegroup.accountability.ruleset;

import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The circumstance catalogue of a rule set (M§7–M§16, O63 二) for pickers and for other systems. Every role that
 * registers or reads a clue or a case reads it: it is the regulations' text, no case data.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CircumstanceService {

    @Inject
    private CircumstanceClassifier classifier;

    /** The catalogue of the set named, or of the set in force today when {@code ruleSet} is null. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public CircumstanceClassifier.Classification catalogue(String ruleSet) {
        return classifier.of(ruleSet).orElseThrow(ruleSet == null
                ? () -> AccountabilityException.refused("circumstance.noCatalogue")
                : AccountabilityException::notFound);
    }

    /** The catalogue in force today, for the forms that classify; empty when the set in force lists none. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public Optional<CircumstanceClassifier.Classification> inForce() {
        return classifier.inForce(null);
    }
}
