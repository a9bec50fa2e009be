package com.soegroup.accountability.recovery;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Pay HR clawed back under a decision of the case (薪酬扣回): counted as recovered, entered at the decision only. */
public record ClawbackLine(String decisionNo, String personName, LocalDate recoveredOn, BigDecimal amount, String note)
        implements Serializable {
}
