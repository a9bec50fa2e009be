package com.soegroup.accountability.recovery;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A concluded case whose outstanding balance nobody followed up this quarter. */
public record FollowUpDue(String caseNo, String title, BigDecimal outstanding, LocalDate lastDone) {
}
