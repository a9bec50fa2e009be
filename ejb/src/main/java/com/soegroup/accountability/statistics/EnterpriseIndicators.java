package com.soegroup.accountability.statistics;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The annual assessment's indicators of one subsidiary with its own subsidiaries (篇一(四)一), or of the chosen
 * enterprise's own records ({@code own}): clues received, losses determined (cases and amount), cases concluded,
 * of them within the handling period, cases still open past it, the amount recovered, rectification tasks due in the
 * period still open past their deadline, and incident report stages sent late.
 */
public record EnterpriseIndicators(String code, String name, boolean own, long clues, long lossCases,
                                   BigDecimal losses, long concluded, long concludedOnTime, long openOverdue,
                                   BigDecimal recovered, long rectificationsOverdue, long reportsLate)
        implements Serializable {
}
