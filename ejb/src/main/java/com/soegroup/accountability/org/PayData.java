package com.soegroup.accountability.org;

import java.math.BigDecimal;

/** One year's pay as entered by HR; an amount may be missing (null) when the person had none of that kind. */
public record PayData(BigDecimal performanceSalary, BigDecimal termIncentive, BigDecimal longTermIncentive) {
}
