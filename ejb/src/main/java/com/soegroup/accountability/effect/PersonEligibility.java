package com.soegroup.accountability.effect;

import com.soegroup.accountability.rule.effect.Eligibility;

/**
 * One answer of a list: the employee number as asked and, when the person exists within the caller's scope,
 * who it is and their standing on the date. Outside the scope is exactly like unknown: {@code person} null.
 */
public record PersonEligibility(String employeeNo, PersonRef person, Eligibility eligibility) {

    public boolean found() {
        return person != null;
    }
}
