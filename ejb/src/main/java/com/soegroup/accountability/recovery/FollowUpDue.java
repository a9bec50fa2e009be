package com.soegroup.accountability.recovery;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A concluded case whose outstanding balance nobody followed up this quarter.
 *
 * @param lastDone    the last day the case was concluded, a recovery recorded or the balance followed up
 * @param concludedOn the day the case was concluded
 */
public record FollowUpDue(String caseNo, String title, BigDecimal outstanding, LocalDate lastDone, LocalDate concludedOn) {
}
