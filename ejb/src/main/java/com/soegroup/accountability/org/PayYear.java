package com.soegroup.accountability.org;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** One year's pay of a person. */
public record PayYear(int year, BigDecimal performanceSalary, BigDecimal termIncentive, BigDecimal longTermIncentive,
                      String enteredBy, Instant enteredAt, int version) implements Serializable {

    static PayYear of(PersonPay y) {
        return new PayYear(y.year(), y.performanceSalary(), y.termIncentive(), y.longTermIncentive(), y.enteredBy(),
                y.enteredAt(), y.version());
    }
}
