package com.soegroup.accountability.statistics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One month of the period: clues received, cases opened and concluded, losses determined and people held
 * accountable, and the clues of the same month a year before (the year-over-year line of the trend chart); then
 * the rectification tasks verified, the amount recovered and the incident report stages sent late.
 */
public record MonthFigures(YearMonth month, long clues, long cluesYearBefore, long casesOpened, long casesConcluded,
                           BigDecimal losses, long people, long rectificationsDone, BigDecimal recovered, long reportsLate) implements Serializable {
}
