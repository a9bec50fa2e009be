package com.soegroup.accountability.decision;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

public record RecoveryLine(LocalDate recoveredOn, BigDecimal amount, String note,
                           String recordedBy) implements Serializable {
}
