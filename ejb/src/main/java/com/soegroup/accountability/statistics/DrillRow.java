package com.soegroup.accountability.statistics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One record of a list behind a figure: the case's or decision's number, its title (a case's title, a decided
 * person's name), the handling unit's name, the date that put it into the figure, an amount (losses) and, for a
 * case past its handling period, the working days it is or was late.
 */
public record DrillRow(String number, String title, String enterpriseName, LocalDate date, BigDecimal amount,
                       int daysLate) implements Serializable {
}
